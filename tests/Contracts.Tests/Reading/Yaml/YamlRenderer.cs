using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Contracts.Generator.Reading.Yaml;

namespace Contracts.Tests.Reading.Yaml;

/// <summary>
/// Writes a JSON tree as YAML, choosing styles at random from a seed: block or flow collections, compact or indented
/// entries, indentless sequences, plain, single- and double-quoted, literal and folded scalars, comments, anchors and
/// aliases. Returns the tree the YAML stands for (an alias repeats its anchored value), for differential tests.
/// </summary>
public sealed class YamlRenderer
{
    private readonly Random _random;
    private readonly StringBuilder _yaml = new();
    private readonly List<(string Name, JsonNode? Value)> _anchored = new();
    private readonly int _step;
    private int _anchorCount;
    // A comment after these would be content, or would sit on the collection's last line for no reason.
    private bool _endsInBlockScalar;
    private bool _endsInBlockCollection;

    private YamlRenderer(int seed)
    {
        _random = new Random(seed);
        _step = _random.Next(1, 5);
    }

    public static (string Yaml, JsonNode? Tree) Render(JsonNode? root, int seed)
    {
        var renderer = new YamlRenderer(seed);
        if (renderer.Chance(0.2)) renderer._yaml.Append("# generated\n");
        if (renderer.Chance(0.3)) renderer._yaml.Append("---\n");
        var tree = renderer.Block(root, 0, -1);
        renderer._yaml.Append('\n');
        if (renderer.Chance(0.2)) renderer._yaml.Append("...\n");
        return (renderer._yaml.ToString(), tree);
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    /// <summary>Writes a node that starts at the current position of a line indented <paramref name="indent"/>; <paramref name="parentIndent"/> is the enclosing block's.</summary>
    /// <param name="inline">On the key's line: a collection must be written in flow style.</param>
    /// <param name="indentless">A sequence at its key's indentation: it must be a block sequence, with no anchor or alias.</param>
    private JsonNode? Block(JsonNode? node, int indent, int parentIndent, bool inline = false, bool indentless = false)
    {
        _endsInBlockScalar = _endsInBlockCollection = false;
        if (_anchored.Count > 0 && parentIndent >= 0 && !indentless && Chance(0.08))
        {
            var (name, value) = _anchored[_random.Next(_anchored.Count)];
            _yaml.Append('*').Append(name);
            return value?.DeepClone();
        }
        string? anchor = null;
        if (parentIndent >= 0 && !indentless && Chance(0.1))
        {
            anchor = "a" + (_anchorCount++).ToString(CultureInfo.InvariantCulture);
            _yaml.Append('&').Append(anchor).Append(' ');
        }
        JsonNode? result;
        switch (node)
        {
            case JsonObject obj when obj.Count > 0 && !inline && !Chance(0.15):
                result = BlockObject(obj, indent, anchor is not null);
                _endsInBlockCollection = true;
                break;
            case JsonArray array when array.Count > 0 && !inline && (indentless || !Chance(0.15)):
                result = BlockArray(array, indent, anchor is not null);
                _endsInBlockCollection = true;
                break;
            case JsonObject or JsonArray:
                result = Flow(node);
                break;
            default:
                result = Scalar(node, indent, parentIndent, flow: false);
                break;
        }
        if (anchor is not null) _anchored.Add((anchor, result?.DeepClone()));
        return result;
    }

    private JsonObject BlockObject(JsonObject obj, int indent, bool afterProperties)
    {
        var result = new JsonObject();
        var first = !afterProperties;
        foreach (var (key, value) in obj)
        {
            if (!first) _yaml.Append('\n').Append(' ', indent);
            first = false;
            _yaml.Append(Key(key)).Append(':');
            var childIndent = indent + _step;
            JsonNode? written;
            if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 } && !Chance(0.15))
            {
                // A block collection starts on the next line; a sequence may sit at the key's own indentation.
                var indentless = value is JsonArray && Chance(0.4);
                var at = indentless ? indent : childIndent;
                _yaml.Append('\n').Append(' ', at);
                written = Block(value, at, indent, indentless: indentless);
            }
            else
            {
                _yaml.Append(' ');
                written = Block(value, childIndent, indent, inline: true);
            }
            result[key] = written;
            if (Chance(0.1) && !_endsInBlockScalar && !_endsInBlockCollection) _yaml.Append(" # note");
        }
        return result;
    }

    private JsonArray BlockArray(JsonArray array, int indent, bool afterProperties)
    {
        var result = new JsonArray();
        var first = !afterProperties;
        foreach (var item in array)
        {
            if (!first) _yaml.Append('\n').Append(' ', indent);
            first = false;
            _yaml.Append('-');
            JsonNode? written;
            if (item is JsonObject { Count: > 0 } or JsonArray { Count: > 0 } && Chance(0.3))
            {
                _yaml.Append('\n').Append(' ', indent + _step);
                written = Block(item, indent + _step, indent);
            }
            else
            {
                // Compact: the entry's content starts on the dash's line, indented by the dash and one space.
                _yaml.Append(' ');
                written = Block(item, indent + 2, indent);
            }
            result.Add(written);
        }
        return result;
    }

    private JsonNode? Flow(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                _yaml.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    _yaml.Append(first ? "" : ", ");
                    first = false;
                    _yaml.Append(Key(key, flow: true)).Append(": ");
                    result[key] = Flow(value);
                }
                _yaml.Append('}');
                return result;
            case JsonArray array:
                var items = new JsonArray();
                _yaml.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) _yaml.Append(", ");
                    items.Add(Flow(array[i]));
                }
                _yaml.Append(']');
                return items;
            default:
                return Scalar(node, 0, 0, flow: true);
        }
    }

    private JsonNode? Scalar(JsonNode? node, int indent, int parentIndent, bool flow)
    {
        if (node is null)
        {
            _yaml.Append(flow || parentIndent < 0 ? Pick("null", "~", "Null", "NULL") : Pick("null", "~", "Null", "NULL", ""));
            return null;
        }
        var value = node.AsValue();
        if (value.TryGetValue<bool>(out var boolean))
        {
            _yaml.Append(boolean ? Pick("true", "True", "TRUE") : Pick("false", "False", "FALSE"));
            return boolean;
        }
        if (value.TryGetValue<string>(out var text))
        {
            var written = StringScalar(text, indent, parentIndent, flow);
            _endsInBlockScalar = written[0] is '|' or '>';
            _yaml.Append(written);
            return text;
        }
        _yaml.Append(value.ToJsonString());
        return node.DeepClone();
    }

    private string Pick(params string[] choices) => choices[_random.Next(choices.Length)];

    private string Key(string key, bool flow = false)
        => IsPlainSafe(key, flow) && YamlCoreSchema.Resolve(key, out _) == YamlPlainKind.String && !Chance(0.2) ? key : Chance(0.5) ? SingleQuoted(key) ?? DoubleQuoted(key) : DoubleQuoted(key);

    private string StringScalar(string text, int indent, int parentIndent, bool flow)
    {
        var choices = new List<Func<string?>>();
        if (IsPlainSafe(text, flow) && YamlCoreSchema.Resolve(text, out _) == YamlPlainKind.String) choices.Add(() => text);
        choices.Add(() => SingleQuoted(text));
        choices.Add(() => DoubleQuoted(text));
        if (!flow && parentIndent >= 0)
        {
            choices.Add(() => Literal(text, indent, parentIndent));
            choices.Add(() => Folded(text, indent));
        }
        while (true)
        {
            var written = choices[_random.Next(choices.Count)]();
            if (written is not null) return written;
        }
    }

    private static bool IsPlainSafe(string text, bool flow)
    {
        if (text.Length == 0 || text[0] is ' ' or '\t' || text[^1] is ' ' or '\t' or ':') return false;
        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0]) >= 0) return false;
        if (text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("...", StringComparison.Ordinal)) return false;
        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.Contains(":\t", StringComparison.Ordinal) || text.Contains("\t#", StringComparison.Ordinal)) return false;
        // '*', '&' and '!' inside a plain flow scalar are valid YAML, but YamlDotNet 16 reads " *z: 1" there as part of the key.
        if (flow && text.IndexOfAny(new[] { ',', '[', ']', '{', '}', ':', '*', '&', '!' }) >= 0) return false;
        return text.All(IsPrintable);
    }

    private static bool IsPrintable(char c) => c >= ' ' && c != '\u007F' && !(c >= '\u0080' && c <= '\u009F') && c is not ('\u2028' or '\u2029' or '\uFEFF');

    private static string? SingleQuoted(string text) => text.All(IsPrintable) ? "'" + text.Replace("'", "''") + "'" : null;

    private static string DoubleQuoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (IsPrintable(c) || char.IsSurrogate(c)) quoted.Append(c);
                    else quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>"|" with the chomping that keeps the text's final line breaks; an indentation indicator when a line starts with a space.</summary>
    private string? Literal(string text, int indent, int parentIndent)
    {
        if (text.Length == 0 || !text.All(c => c == '\n' || c == '\t' || IsPrintable(c))) return null;
        var body = text.TrimEnd('\n');
        if (body.Length == 0) return null;
        var trailing = text.Length - body.Length;
        var chomping = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
        var lines = body.Split('\n');
        // Lines of only spaces or tabs read as empty lines or as content depending on their length: keep clear of them.
        if (lines.Any(l => l.Length > 0 && l.Trim(' ', '\t').Length == 0) || lines.Any(l => l.EndsWith(' ') || l.EndsWith('\t'))) return null;
        var contentIndent = Math.Max(indent, parentIndent + 1);
        if (contentIndent - parentIndent > 9) return null;
        // Without an indicator the first non-empty line sets the indentation, so its own leading spaces would be lost.
        var needsIndicator = lines.First(l => l.Length > 0).StartsWith(' ');
        var header = "|" + (needsIndicator ? (contentIndent - parentIndent).ToString(CultureInfo.InvariantCulture) : "") + chomping;
        var written = new StringBuilder(header);
        foreach (var line in lines)
        {
            written.Append('\n');
            if (line.Length > 0) written.Append(' ', contentIndent).Append(line);
        }
        for (var i = 1; i < trailing; i++) written.Append('\n');
        return written.ToString();
    }

    /// <summary>">-" for words separated by single spaces, one word per line (folding joins them with spaces again).</summary>
    private static string? Folded(string text, int indent)
    {
        if (text.Length == 0 || !text.All(c => IsPrintable(c) && c != '\t') || text[0] == ' ' || text[^1] == ' ' || text.Contains("  ", StringComparison.Ordinal)) return null;
        var written = new StringBuilder(">-");
        foreach (var word in text.Split(' ')) written.Append('\n').Append(' ', Math.Max(indent, 1)).Append(word);
        return written.ToString();
    }
}
