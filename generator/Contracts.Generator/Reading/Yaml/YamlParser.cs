using System;
using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Yaml;

/// <summary>
/// Builds the located JSON tree from the scanner's tokens, so the readers of JSON documents read YAML unchanged. One
/// document only; keys must be scalars; aliases share their anchored node, counted as if expanded so an alias bomb is
/// refused early. Recursive, with depth bounded by <see cref="LocatedJsonParser.MaxDepth"/> (aliases expanded).
/// </summary>
internal sealed class YamlParser
{
    /// <summary>Nodes a document may expand to through aliases; far beyond real API documents, far below a bomb.</summary>
    public const long MaxExpandedNodes = 1_000_000;

    private const string StandardTagPrefix = "tag:yaml.org,2002:";

    private readonly YamlScanner _scanner;
    private readonly Dictionary<string, Anchored> _anchors = new(StringComparer.Ordinal);
    private readonly DuplicateKeys _duplicateKeys = new();
    private readonly List<YamlToken> _ignoredTags = new();
    private readonly HashSet<string> _seenTags = new(StringComparer.Ordinal);

    private readonly long _maxExpandedNodes;
    private bool _sawDocument;

    private YamlParser(string text, long maxExpandedNodes)
    {
        _scanner = new YamlScanner(text);
        _maxExpandedNodes = maxExpandedNodes;
    }

    /// <param name="maxExpandedNodes">Values the document may stand for with aliases expanded; more is refused as an alias bomb.</param>
    public static YamlParseResult Parse(string text, long maxExpandedNodes = MaxExpandedNodes)
    {
        var parser = new YamlParser(text, maxExpandedNodes);
        try
        {
            var root = parser.ParseStream();
            return YamlParseResult.Success(root, parser._sawDocument, parser._duplicateKeys.Found(), parser._ignoredTags);
        }
        catch (YamlException exception)
        {
            return YamlParseResult.Failure(exception.Kind, exception.Problem, SpanOf(exception.At, exception.At), parser._ignoredTags);
        }
    }

    private JsonNode ParseStream()
    {
        _scanner.Next();
        JsonNode? root = null;
        while (true)
        {
            var token = _scanner.Peek();
            if (token.Kind == YamlTokenKind.StreamEnd) break;
            if (token.Kind == YamlTokenKind.DocumentEnd)
            {
                _scanner.Next();
                continue;
            }
            if (token.Kind == YamlTokenKind.Directive)
            {
                ReadDirectives();
                token = _scanner.Peek();
            }
            _sawDocument = true;
            if (root is not null)
            {
                throw new YamlException(YamlProblemKind.NotJson, "A second YAML document starts here; a schema file holds one document.", token.Start);
            }
            if (token.Kind == YamlTokenKind.DocumentStart)
            {
                _scanner.Next();
                root = IsEndOfDocument(_scanner.Peek().Kind) ? Null(token.End) : ParseNode(block: true, indentlessSequence: false, depth: 0).Node;
            }
            else
            {
                root = ParseNode(block: true, indentlessSequence: false, depth: 0).Node;
            }
            var after = _scanner.Peek();
            if (!IsEndOfDocument(after.Kind)) throw Unexpected(after, "the end of the document");
        }
        return root ?? Null(new TextPosition(0, 0, 0));
    }

    /// <summary>Checks the directives before a document: they change nothing in a JSON reading, but must be well formed.</summary>
    private void ReadDirectives()
    {
        var sawVersion = false;
        while (_scanner.Peek().Kind == YamlTokenKind.Directive)
        {
            var directive = _scanner.Next();
            if (!directive.Value.StartsWith("%YAML", StringComparison.Ordinal) || (directive.Value.Length > 5 && directive.Value[5] is not (' ' or '\t'))) continue;
            if (sawVersion) throw new YamlException(YamlProblemKind.Syntax, "A document may have only one %YAML directive.", directive.Start);
            sawVersion = true;
            if (!IsVersionDirective(directive.Value)) throw new YamlException(YamlProblemKind.Syntax, "A %YAML directive takes a version such as 1.2 and nothing else.", directive.Start);
        }
        if (_scanner.Peek().Kind != YamlTokenKind.DocumentStart) throw Unexpected(_scanner.Peek(), "'---' after the directives");
    }

    // "%YAML 1.2", then at most white space and a comment.
    private static bool IsVersionDirective(string text)
    {
        var i = 5;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        var digits = i;
        while (i < text.Length && char.IsDigit(text[i])) i++;
        if (i == digits || i >= text.Length || text[i] != '.') return false;
        digits = ++i;
        while (i < text.Length && char.IsDigit(text[i])) i++;
        if (i == digits) return false;
        var blank = i;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i == text.Length || (text[i] == '#' && i > blank);
    }

    private static bool IsEndOfDocument(YamlTokenKind kind)
        => kind is YamlTokenKind.StreamEnd or YamlTokenKind.DocumentStart or YamlTokenKind.DocumentEnd or YamlTokenKind.Directive;

    private Built ParseNode(bool block, bool indentlessSequence, int depth)
    {
        if (depth > LocatedJsonParser.MaxDepth) throw TooDeep(_scanner.Peek().Start);
        var token = _scanner.Peek();
        if (token.Kind == YamlTokenKind.Alias)
        {
            _scanner.Next();
            return Resolve(token, depth).Built;
        }
        ReadProperties(out var anchor, out var tag);
        NoteTag(tag);
        token = _scanner.Peek();
        Built built;
        switch (token.Kind)
        {
            case YamlTokenKind.Scalar:
                _scanner.Next();
                built = new Built(Scalar(token, tag), 1, 1);
                break;
            case YamlTokenKind.FlowSequenceStart:
                built = ParseFlowSequence(depth);
                break;
            case YamlTokenKind.FlowMappingStart:
                built = ParseFlowMapping(depth);
                break;
            case YamlTokenKind.BlockSequenceStart when block:
                built = ParseBlockSequence(depth);
                break;
            case YamlTokenKind.BlockMappingStart when block:
                built = ParseBlockMapping(depth);
                break;
            case YamlTokenKind.BlockEntry when indentlessSequence:
                built = ParseIndentlessSequence(depth);
                break;
            default:
                if (anchor is null && tag is null) throw Unexpected(token, "a value");
                built = new Built(Empty((tag ?? anchor)!.End, tag), 1, 1);
                break;
        }
        if (anchor is not null) _anchors[anchor.Value] = new Anchored(built, token.Kind == YamlTokenKind.Scalar ? token.Value : null);
        return built;
    }

    private void ReadProperties(out YamlToken? anchor, out YamlToken? tag)
    {
        anchor = null;
        tag = null;
        while (true)
        {
            var token = _scanner.Peek();
            if (token.Kind == YamlTokenKind.Anchor && anchor is null) anchor = token;
            else if (token.Kind == YamlTokenKind.Tag && tag is null) tag = token;
            else return;
            _scanner.Next();
        }
    }

    private Anchored Resolve(YamlToken alias, int depth)
    {
        if (!_anchors.TryGetValue(alias.Value, out var anchored))
        {
            throw new YamlException(YamlProblemKind.Syntax, $"The alias '*{alias.Value}' refers to no anchor defined before it.", alias.Start);
        }
        if (depth + anchored.Built.Height > LocatedJsonParser.MaxDepth + 1) throw TooDeep(alias.Start);
        return anchored;
    }

    private JsonNode Scalar(YamlToken token, YamlToken? tag)
    {
        var span = SpanOf(token.Start, token.End);
        if (token.Style != YamlScalarStyle.Plain || (tag is not null && IsStringTag(tag.Value)))
        {
            return new JsonStringNode(token.Value, !KeepsColumns(token), span, token.Start.Index, token.End.Index);
        }
        switch (YamlCoreSchema.Resolve(token.Value, out var literal))
        {
            case YamlPlainKind.Null: return new JsonNullNode(span, token.Start.Index, token.End.Index);
            case YamlPlainKind.True: return new JsonBooleanNode(true, span, token.Start.Index, token.End.Index);
            case YamlPlainKind.False: return new JsonBooleanNode(false, span, token.Start.Index, token.End.Index);
            case YamlPlainKind.Number: return new JsonNumberNode(literal, span, token.Start.Index, token.End.Index);
            default: return new JsonStringNode(token.Value, true, span, token.Start.Index, token.End.Index);
        }
    }

    /// <summary>
    /// True when a quoted scalar's value is exactly the text between its quotes on one line, so offsets into the value
    /// are columns (what <see cref="JsonStringNode.SpanOf"/> needs); any escape or folding breaks that.
    /// </summary>
    private static bool KeepsColumns(YamlToken token)
        => token.Style is YamlScalarStyle.SingleQuoted or YamlScalarStyle.DoubleQuoted
           && token.Start.Line == token.End.Line
           && token.Value.Length == token.End.Index - token.Start.Index - 2;

    // Tags change nothing else: a non-specific "!" or !!str makes a plain scalar a string; the other standard tags agree
    // with the form; any other tag is reported once and ignored.
    private static bool IsStringTag(string tag) => tag is "!" or "!!str" or "!<" + StandardTagPrefix + "str>";

    private void NoteTag(YamlToken? tag)
    {
        if (tag is null || tag.Value == "!" || tag.Value.StartsWith("!!", StringComparison.Ordinal) || tag.Value.StartsWith("!<" + StandardTagPrefix, StringComparison.Ordinal)) return;
        if (_seenTags.Add(tag.Value)) _ignoredTags.Add(tag);
    }

    private Built ParseBlockSequence(int depth)
    {
        var start = _scanner.Next();
        var items = new List<JsonNode>();
        var size = new Size(_maxExpandedNodes);
        var end = start.End;
        while (true)
        {
            var token = _scanner.Next();
            if (token.Kind == YamlTokenKind.BlockEnd) break;
            if (token.Kind != YamlTokenKind.BlockEntry) throw Unexpected(token, "a '- ' sequence entry");
            end = ParseEntry(token, indentless: false, items, size, end, depth);
        }
        return size.Of(new JsonArrayNode(items.ToArray(), SpanOf(start.Start, end), start.Start.Index, end.Index));
    }

    private Built ParseIndentlessSequence(int depth)
    {
        var start = _scanner.Peek();
        var items = new List<JsonNode>();
        var size = new Size(_maxExpandedNodes);
        var end = start.End;
        while (_scanner.Peek().Kind == YamlTokenKind.BlockEntry)
        {
            end = ParseEntry(_scanner.Next(), indentless: true, items, size, end, depth);
        }
        return size.Of(new JsonArrayNode(items.ToArray(), SpanOf(start.Start, end), start.Start.Index, end.Index));
    }

    /// <summary>
    /// The value after one "- " entry, added to <paramref name="items"/>; an entry with nothing after it is null (in an
    /// indentless sequence, one followed by the enclosing mapping's next key too). Returns the sequence's end so far.
    /// </summary>
    private TextPosition ParseEntry(YamlToken entry, bool indentless, List<JsonNode> items, Size size, TextPosition end, int depth)
    {
        var next = _scanner.Peek();
        var empty = next.Kind is YamlTokenKind.BlockEntry or YamlTokenKind.BlockEnd
            || (indentless && next.Kind is YamlTokenKind.Key or YamlTokenKind.Value);
        var item = empty ? new Built(Null(entry.End), 1, 1) : ParseNode(block: true, indentlessSequence: false, depth + 1);
        size.Add(item, next.Start);
        items.Add(item.Node);
        return Later(end, item.Node, entry.End);
    }

    private Built ParseBlockMapping(int depth)
    {
        var start = _scanner.Next();
        var members = new List<JsonMember>();
        var size = new Size(_maxExpandedNodes);
        var end = start.End;
        while (true)
        {
            var token = _scanner.Peek();
            if (token.Kind == YamlTokenKind.BlockEnd)
            {
                _scanner.Next();
                break;
            }
            if (token.Kind is not (YamlTokenKind.Key or YamlTokenKind.Value)) throw Unexpected(token, "a mapping key");
            var key = ReadEntryKey(YamlTokenKind.BlockEnd, depth);
            Built value;
            var valueEnd = key.End;
            if (_scanner.Peek().Kind == YamlTokenKind.Value)
            {
                var indicator = _scanner.Next();
                valueEnd = indicator.End;
                value = _scanner.Peek().Kind is YamlTokenKind.Key or YamlTokenKind.Value or YamlTokenKind.BlockEnd
                    ? new Built(Null(indicator.End), 1, 1)
                    : ParseNode(block: true, indentlessSequence: true, depth + 1);
            }
            else
            {
                value = new Built(Null(key.End), 1, 1);
            }
            size.Add(value, token.Start);
            members.Add(new JsonMember(key.Name, key.Span, value.Node));
            end = Later(end, value.Node, valueEnd);
        }
        _duplicateKeys.Check(members, 0);
        return size.Of(new JsonObjectNode(members.ToArray(), SpanOf(start.Start, end), start.Start.Index, end.Index));
    }

    private Built ParseFlowSequence(int depth)
    {
        var start = _scanner.Next();
        var items = new List<JsonNode>();
        var size = new Size(_maxExpandedNodes);
        while (true)
        {
            if (_scanner.Peek().Kind == YamlTokenKind.FlowSequenceEnd) break;
            if (items.Count > 0)
            {
                var separator = _scanner.Next();
                if (separator.Kind != YamlTokenKind.FlowEntry) throw Unexpected(separator, "',' or ']'", start);
                if (_scanner.Peek().Kind == YamlTokenKind.FlowSequenceEnd) break;
            }
            var token = _scanner.Peek();
            Built item;
            if (token.Kind is YamlTokenKind.Key or YamlTokenKind.Value)
            {
                // [a: b] is a sequence holding the one-member mapping {a: b}.
                var key = ReadEntryKey(YamlTokenKind.FlowSequenceEnd, depth + 1);
                var value = ReadFlowValue(YamlTokenKind.FlowSequenceEnd, key.End, depth + 1);
                var pairEnd = Later(key.End, value.Node, key.End);
                var pair = new JsonObjectNode(new[] { new JsonMember(key.Name, key.Span, value.Node) }, SpanOf(token.Start, pairEnd), token.Start.Index, pairEnd.Index);
                item = new Built(pair, 1 + value.Weight, 1 + value.Height);
            }
            else
            {
                item = ParseNode(block: false, indentlessSequence: false, depth + 1);
            }
            size.Add(item, token.Start);
            items.Add(item.Node);
        }
        var end = _scanner.Next();
        return size.Of(new JsonArrayNode(items.ToArray(), SpanOf(start.Start, end.End), start.Start.Index, end.End.Index));
    }

    private Built ParseFlowMapping(int depth)
    {
        var start = _scanner.Next();
        var members = new List<JsonMember>();
        var size = new Size(_maxExpandedNodes);
        while (true)
        {
            if (_scanner.Peek().Kind == YamlTokenKind.FlowMappingEnd) break;
            if (members.Count > 0)
            {
                var separator = _scanner.Next();
                if (separator.Kind != YamlTokenKind.FlowEntry) throw Unexpected(separator, "',' or '}'", start);
                if (_scanner.Peek().Kind == YamlTokenKind.FlowMappingEnd) break;
            }
            var token = _scanner.Peek();
            var key = ReadEntryKey(YamlTokenKind.FlowMappingEnd, depth + 1);
            var value = ReadFlowValue(YamlTokenKind.FlowMappingEnd, key.End, depth + 1);
            size.Add(value, token.Start);
            members.Add(new JsonMember(key.Name, key.Span, value.Node));
        }
        var end = _scanner.Next();
        _duplicateKeys.Check(members, 0);
        return size.Of(new JsonObjectNode(members.ToArray(), SpanOf(start.Start, end.End), start.Start.Index, end.End.Index));
    }

    private Built ReadFlowValue(YamlTokenKind closer, TextPosition keyEnd, int depth)
    {
        if (_scanner.Peek().Kind != YamlTokenKind.Value) return new Built(Null(keyEnd), 1, 1);
        var indicator = _scanner.Next();
        var next = _scanner.Peek().Kind;
        return next == YamlTokenKind.FlowEntry || next == closer
            ? new Built(Null(indicator.End), 1, 1)
            : ParseNode(block: false, indentlessSequence: false, depth);
    }

    /// <summary>The key of a mapping entry: after an explicit '?' or implied key, or empty before a bare ':'.</summary>
    private Key ReadEntryKey(YamlTokenKind closer, int depth)
    {
        var token = _scanner.Peek();
        if (token.Kind == YamlTokenKind.Value) return new Key("", SpanOf(token.Start, token.Start), token.Start);
        if (token.Kind == YamlTokenKind.Key)
        {
            _scanner.Next();
            var next = _scanner.Peek().Kind;
            if (next is YamlTokenKind.Key or YamlTokenKind.Value or YamlTokenKind.FlowEntry || next == closer)
            {
                return new Key("", SpanOf(token.End, token.End), token.End);
            }
        }
        return ReadKey(depth);
    }

    /// <summary>A key must be a scalar (or an alias of one): JSON member names are strings. The text is kept as written.</summary>
    private Key ReadKey(int depth)
    {
        var token = _scanner.Peek();
        if (token.Kind == YamlTokenKind.Alias)
        {
            _scanner.Next();
            var anchored = Resolve(token, depth);
            if (anchored.ScalarText is null) throw NotScalarKey(token);
            return new Key(anchored.ScalarText, SpanOf(token.Start, token.End), token.End);
        }
        ReadProperties(out var anchor, out var tag);
        token = _scanner.Peek();
        if (token.Kind != YamlTokenKind.Scalar)
        {
            if (token.Kind is YamlTokenKind.BlockMappingStart or YamlTokenKind.BlockSequenceStart or YamlTokenKind.FlowMappingStart or YamlTokenKind.FlowSequenceStart or YamlTokenKind.BlockEntry)
            {
                throw NotScalarKey(token);
            }
            if (anchor is null && tag is null) throw Unexpected(token, "a mapping key");
            var empty = (tag ?? anchor)!.End;
            if (anchor is not null) _anchors[anchor.Value] = new Anchored(new Built(Empty(empty, tag), 1, 1), "");
            return new Key("", SpanOf(empty, empty), empty);
        }
        _scanner.Next();
        NoteTag(tag);
        if (anchor is not null) _anchors[anchor.Value] = new Anchored(new Built(Scalar(token, tag), 1, 1), token.Value);
        return new Key(token.Value, SpanOf(token.Start, token.End), token.End);
    }

    private static YamlException NotScalarKey(YamlToken token)
        => new(YamlProblemKind.NotJson, "This mapping key is a mapping or sequence; a JSON member name must be a string.", token.Start);

    private static YamlException TooDeep(TextPosition at)
        => new(YamlProblemKind.TooDeep, string.Format(CultureInfo.InvariantCulture, "The YAML nests deeper than {0} levels.", LocatedJsonParser.MaxDepth), at);

    private static YamlException Unexpected(YamlToken token, string expected, YamlToken? opener = null)
    {
        var found = token.Kind switch
        {
            YamlTokenKind.StreamEnd => "the end of the file",
            YamlTokenKind.BlockEnd => "less indentation",
            YamlTokenKind.Scalar => "a value",
            YamlTokenKind.Key => "a mapping key",
            YamlTokenKind.Value => "':'",
            YamlTokenKind.BlockEntry => "'- '",
            YamlTokenKind.BlockMappingStart => "a mapping",
            YamlTokenKind.BlockSequenceStart => "a '- ' sequence",
            YamlTokenKind.FlowEntry => "','",
            YamlTokenKind.FlowSequenceStart => "'['",
            YamlTokenKind.FlowSequenceEnd => "']'",
            YamlTokenKind.FlowMappingStart => "'{'",
            YamlTokenKind.FlowMappingEnd => "'}'",
            YamlTokenKind.DocumentStart => "'---'",
            YamlTokenKind.DocumentEnd => "'...'",
            YamlTokenKind.Alias => "an alias",
            YamlTokenKind.Anchor => "an anchor",
            YamlTokenKind.Tag => "a tag",
            _ => "a directive",
        };
        var where = opener is null ? "" : string.Format(CultureInfo.InvariantCulture, " (in the collection opened at line {0}, column {1})", opener.Start.Line + 1, opener.Start.Column + 1);
        var hint = opener is not null && token.Kind == YamlTokenKind.StreamEnd ? "is the closing bracket missing?" : "check the indentation.";
        return new YamlException(YamlProblemKind.Syntax, $"Expected {expected} but found {found}{where}; {hint}", token.Start);
    }

    /// <summary>A node with properties and no content: null, or the empty string when tagged as a string.</summary>
    private static JsonNode Empty(TextPosition at, YamlToken? tag)
        => tag is not null && IsStringTag(tag.Value) ? new JsonStringNode("", true, SpanOf(at, at), at.Index, at.Index) : Null(at);

    private static JsonNode Null(TextPosition at) => new JsonNullNode(SpanOf(at, at), at.Index, at.Index);

    private static TextPosition Later(TextPosition current, JsonNode node, TextPosition fallback)
    {
        var candidate = node.End >= fallback.Index ? new TextPosition(node.End, node.Span.EndLine, node.Span.EndColumn) : fallback;
        return candidate.Index > current.Index ? candidate : current;
    }

    private static SourceSpan SpanOf(TextPosition start, TextPosition end) => new(start.Line, start.Column, end.Line, end.Column);

    /// <summary>A node with the count of nodes it stands for and its height, both with aliases expanded.</summary>
    private readonly struct Built
    {
        public Built(JsonNode node, long weight, int height)
        {
            Node = node;
            Weight = weight;
            Height = height;
        }

        public JsonNode Node { get; }
        public long Weight { get; }
        public int Height { get; }
    }

    private sealed class Anchored
    {
        public Anchored(Built built, string? scalarText)
        {
            Built = built;
            ScalarText = scalarText;
        }

        public Built Built { get; }

        /// <summary>The scalar as written, for an alias used as a key; null for a collection.</summary>
        public string? ScalarText { get; }
    }

    private readonly struct Key
    {
        public Key(string name, SourceSpan span, TextPosition end)
        {
            Name = name;
            Span = span;
            End = end;
        }

        public string Name { get; }
        public SourceSpan Span { get; }
        public TextPosition End { get; }
    }

    /// <summary>Adds up a collection's children, refusing the document once the expanded count passes the limit.</summary>
    private sealed class Size
    {
        private readonly long _max;
        private long _weight = 1;
        private int _height;

        public Size(long max) => _max = max;

        public void Add(Built child, TextPosition at)
        {
            _weight += child.Weight;
            if (child.Height > _height) _height = child.Height;
            if (_weight > _max)
            {
                throw new YamlException(YamlProblemKind.NotJson, string.Format(CultureInfo.InvariantCulture,
                    "The document expands to more than {0:N0} values through its aliases (an alias bomb?).", _max), at);
            }
        }

        public Built Of(JsonNode node) => new(node, _weight, _height + 1);
    }
}
