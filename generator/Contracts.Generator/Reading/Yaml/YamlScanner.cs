using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Yaml;

/// <summary>
/// Turns YAML text into tokens, making the block structure that indentation implies explicit (block starts and ends,
/// keys found when their ':' arrives). Lazy: the parser pulls tokens one at a time, so it can stop early on deep input.
/// Throws <see cref="YamlException"/> on the first syntax error.
/// </summary>
internal sealed class YamlScanner
{
    // A simple (implicit) key must end on its line and within this many chars, as YAML 1.2 limits it.
    private const int MaxSimpleKeyLength = 1024;

    private readonly string _text;
    private readonly List<YamlToken> _tokens = new();
    private readonly List<int> _indents = new();
    private readonly List<SimpleKey> _simpleKeys = new();
    private readonly StringBuilder _value = new();
    private readonly StringBuilder _whitespace = new();
    private int _pos;
    private int _line;
    private int _column;
    private int _head;
    private int _tokensTaken;
    private int _indent = -1;
    private int _flowLevel;
    private bool _simpleKeyAllowed;
    private bool _started;
    private bool _ended;
    // After a quoted scalar or a flow collection in flow context, ':' is a value indicator even with no space after it.
    private bool _adjacentValueAllowed;
    // A tab was among the white space before the current token, on its line.
    private bool _separatedByTab;

    public YamlScanner(string text) => _text = text;

    public YamlToken Peek()
    {
        FetchUntilSure();
        return _tokens[_head];
    }

    public YamlToken Next()
    {
        var token = Peek();
        if (token.Kind != YamlTokenKind.StreamEnd)
        {
            _head++;
            _tokensTaken++;
        }
        return token;
    }

    private TextPosition Here => new(_pos, _line, _column);

    private char At(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private bool AtEnd => _pos >= _text.Length;

    private bool IsBreak(int offset) => At(offset) is '\n' or '\r';

    private bool IsBlank(int offset) => At(offset) is ' ' or '\t';

    private bool IsBlankOrEnd(int offset) => _pos + offset >= _text.Length || IsBlank(offset) || IsBreak(offset);

    private bool IsBreakOrEnd(int offset) => _pos + offset >= _text.Length || IsBreak(offset);

    private static bool IsFlowIndicator(char c) => c is ',' or '[' or ']' or '{' or '}';

    private void Skip()
    {
        var c = _text[_pos++];
        if (c == '\n' || (c == '\r' && At(0) != '\n'))
        {
            _line++;
            _column = 0;
        }
        else
        {
            _column++;
        }
    }

    private void SkipLineBreak()
    {
        if (At(0) == '\r' && At(1) == '\n') _pos++;
        _pos++;
        _line++;
        _column = 0;
    }

    private YamlException Error(string problem, TextPosition? at = null) => new(YamlProblemKind.Syntax, problem, at ?? Here);

    /// <summary>Fetches until the head token cannot turn out to be preceded by a key or block start found later.</summary>
    private void FetchUntilSure()
    {
        while (true)
        {
            var need = _head == _tokens.Count;
            if (!need)
            {
                if (_ended) return;
                StaleSimpleKeys();
                foreach (var key in _simpleKeys)
                {
                    if (key.Possible && key.TokenNumber == _tokensTaken)
                    {
                        need = true;
                        break;
                    }
                }
            }
            if (!need) return;
            if (_head == _tokens.Count && _head > 0)
            {
                _tokens.Clear();
                _head = 0;
            }
            FetchNextToken();
        }
    }

    private void Add(YamlTokenKind kind, TextPosition start, TextPosition end, string value = "", YamlScalarStyle style = YamlScalarStyle.Plain)
        => _tokens.Add(new YamlToken(kind, start, end, value, style));

    private void FetchNextToken()
    {
        if (!_started)
        {
            _started = true;
            _simpleKeyAllowed = true;
            _simpleKeys.Add(new SimpleKey());
            Add(YamlTokenKind.StreamStart, Here, Here);
            return;
        }
        if (_ended)
        {
            Add(YamlTokenKind.StreamEnd, Here, Here);
            return;
        }
        SkipToNextToken();
        StaleSimpleKeys();
        UnrollIndent(_column);
        if (_flowLevel > 0 && !AtEnd && LeadingSpaces() is { } spaces && spaces <= _indent)
        {
            throw Error("A line inside [ ] or { } must be indented more than the block around it.");
        }
        var adjacentValue = _adjacentValueAllowed;
        _adjacentValueAllowed = false;
        if (AtEnd)
        {
            UnrollIndent(-1);
            RemoveSimpleKey();
            _simpleKeyAllowed = false;
            _ended = true;
            Add(YamlTokenKind.StreamEnd, Here, Here);
            return;
        }
        var c = At(0);
        if (_column == 0 && c == '%')
        {
            FetchDirective();
            return;
        }
        if (IsDocumentMarker("---"))
        {
            FetchDocumentIndicator(YamlTokenKind.DocumentStart);
            return;
        }
        if (IsDocumentMarker("..."))
        {
            FetchDocumentIndicator(YamlTokenKind.DocumentEnd);
            return;
        }
        switch (c)
        {
            case '[': FetchFlowCollectionStart(YamlTokenKind.FlowSequenceStart); return;
            case '{': FetchFlowCollectionStart(YamlTokenKind.FlowMappingStart); return;
            case ']': FetchFlowCollectionEnd(YamlTokenKind.FlowSequenceEnd); return;
            case '}': FetchFlowCollectionEnd(YamlTokenKind.FlowMappingEnd); return;
            case ',': FetchFlowEntry(); return;
            case '-' when IsBlankOrEnd(1): FetchBlockEntry(); return;
            case '?' when IsBlankOrEnd(1): FetchKey(); return;
            case ':' when IsBlankOrEnd(1) || (_flowLevel > 0 && (IsFlowIndicator(At(1)) || adjacentValue)): FetchValue(); return;
            case '*': FetchAnchor(YamlTokenKind.Alias); return;
            case '&': FetchAnchor(YamlTokenKind.Anchor); return;
            case '!': FetchTag(); return;
            case '|' or '>' when _flowLevel == 0: FetchBlockScalar(c == '|'); return;
            case '\'' or '"': FetchQuotedScalar(c == '\''); return;
        }
        if (CanStartPlain(c))
        {
            FetchPlainScalar();
            return;
        }
        if (c == '\t') throw Error("A tab character cannot indent YAML; use spaces.");
        if (c == '#') throw Error("A comment needs a space before its '#'.");
        throw Error($"The character '{Printable(c)}' cannot start any YAML token here.");
    }

    private bool CanStartPlain(char c)
    {
        if (c is '-' or '?' or ':')
        {
            var next = At(1);
            return !IsBlankOrEnd(1) && (_flowLevel == 0 || !IsFlowIndicator(next));
        }
        return c is not (',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ' or '\t' or '\r' or '\n');
    }

    private static string Printable(char c) => c < ' ' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

    private bool IsDocumentMarker(string marker)
        => _column == 0 && _pos + 3 <= _text.Length && string.CompareOrdinal(_text, _pos, marker, 0, 3) == 0 && IsBlankOrEnd(3);

    private void SkipToNextToken()
    {
        _separatedByTab = false;
        while (true)
        {
            if (At(0) == '\uFEFF') Skip();
            while (At(0) == ' ' || (At(0) == '\t' && TabIsSeparation()))
            {
                _separatedByTab |= At(0) == '\t';
                Skip();
            }
            if (At(0) == '#' && (_pos == 0 || _text[_pos - 1] is ' ' or '\t' or '\n' or '\r' or '\uFEFF'))
            {
                while (!IsBreakOrEnd(0)) Skip();
            }
            if (!IsBreak(0)) return;
            SkipLineBreak();
            _separatedByTab = false;
            if (_flowLevel == 0) _simpleKeyAllowed = true;
        }
    }

    /// <summary>
    /// A tab separates tokens in flow context, after other content on the line, and on a line with nothing else; at the
    /// start of a block line it would be indentation, which YAML forbids.
    /// </summary>
    private bool TabIsSeparation()
    {
        if (_flowLevel > 0 || !_simpleKeyAllowed || _column > _indent) return true;
        for (var i = _pos - _column; i < _pos; i++)
        {
            if (_text[i] != ' ') return true;
        }
        var at = _pos;
        while (at < _text.Length && (_text[at] == ' ' || _text[at] == '\t')) at++;
        return at >= _text.Length || _text[at] is '\n' or '\r' or '#';
    }

    /// <summary>The spaces that indent the current line when the scanner is at its first token; null when it is not.</summary>
    private int? LeadingSpaces()
    {
        var lineStart = _pos - _column;
        var spaces = 0;
        while (lineStart + spaces < _pos && _text[lineStart + spaces] == ' ') spaces++;
        for (var i = lineStart + spaces; i < _pos; i++)
        {
            if (_text[i] is not ('\t' or '\uFEFF')) return null;
        }
        return spaces;
    }

    private void StaleSimpleKeys()
    {
        foreach (var key in _simpleKeys)
        {
            if (key.Possible && (key.Mark.Line < _line || key.Mark.Index + MaxSimpleKeyLength < _pos))
            {
                if (key.Required) throw Error("Could not find the ':' that should follow this key on the same line.", key.Mark);
                key.Possible = false;
            }
        }
    }

    private void SaveSimpleKey()
    {
        var required = _flowLevel == 0 && _indent == _column;
        if (!_simpleKeyAllowed) return;
        RemoveSimpleKey();
        var key = _simpleKeys[_simpleKeys.Count - 1];
        key.Possible = true;
        key.Required = required;
        key.TokenNumber = _tokensTaken + _tokens.Count - _head;
        key.Mark = Here;
    }

    private void RemoveSimpleKey()
    {
        var key = _simpleKeys[_simpleKeys.Count - 1];
        if (key.Possible && key.Required) throw Error("Could not find the ':' that should follow this key.", key.Mark);
        key.Possible = false;
    }

    private void RollIndent(int column, int tokenNumber, YamlTokenKind kind, TextPosition mark)
    {
        if (_flowLevel > 0 || _indent >= column) return;
        _indents.Add(_indent);
        _indent = column;
        var token = new YamlToken(kind, mark, mark);
        if (tokenNumber < 0) _tokens.Add(token);
        else _tokens.Insert(_head + tokenNumber - _tokensTaken, token);
    }

    private void UnrollIndent(int column)
    {
        if (_flowLevel > 0) return;
        while (_indent > column)
        {
            Add(YamlTokenKind.BlockEnd, Here, Here);
            _indent = _indents[_indents.Count - 1];
            _indents.RemoveAt(_indents.Count - 1);
        }
    }

    private void FetchDirective()
    {
        UnrollIndent(-1);
        RemoveSimpleKey();
        _simpleKeyAllowed = false;
        var start = Here;
        while (!IsBreakOrEnd(0)) Skip();
        Add(YamlTokenKind.Directive, start, Here, _text.Substring(start.Index, _pos - start.Index));
    }

    private void FetchDocumentIndicator(YamlTokenKind kind)
    {
        UnrollIndent(-1);
        RemoveSimpleKey();
        _simpleKeyAllowed = false;
        var start = Here;
        Skip();
        Skip();
        Skip();
        Add(kind, start, Here);
    }

    private void FetchFlowCollectionStart(YamlTokenKind kind)
    {
        SaveSimpleKey();
        _simpleKeys.Add(new SimpleKey());
        _flowLevel++;
        _simpleKeyAllowed = true;
        var start = Here;
        Skip();
        Add(kind, start, Here);
    }

    private void FetchFlowCollectionEnd(YamlTokenKind kind)
    {
        RemoveSimpleKey();
        if (_flowLevel > 0)
        {
            _flowLevel--;
            _simpleKeys.RemoveAt(_simpleKeys.Count - 1);
        }
        _simpleKeyAllowed = false;
        _adjacentValueAllowed = true;
        var start = Here;
        Skip();
        Add(kind, start, Here);
    }

    private void FetchFlowEntry()
    {
        RemoveSimpleKey();
        _simpleKeyAllowed = true;
        var start = Here;
        Skip();
        Add(YamlTokenKind.FlowEntry, start, Here);
    }

    private void FetchBlockEntry()
    {
        if (_flowLevel > 0) throw Error("A '- ' block sequence entry cannot appear inside [ ] or { }.");
        if (!_simpleKeyAllowed) throw Error("A block sequence entry is not allowed here.");
        if (_separatedByTab) throw Error("A tab cannot indent a nested block sequence; use spaces.");
        RollIndent(_column, -1, YamlTokenKind.BlockSequenceStart, Here);
        _simpleKeyAllowed = true;
        RemoveSimpleKey();
        var start = Here;
        Skip();
        Add(YamlTokenKind.BlockEntry, start, Here);
    }

    private void FetchKey()
    {
        if (_flowLevel == 0)
        {
            if (!_simpleKeyAllowed) throw Error("A mapping key is not allowed here.");
            if (_separatedByTab) throw Error("A tab cannot indent a nested mapping; use spaces.");
            RollIndent(_column, -1, YamlTokenKind.BlockMappingStart, Here);
        }
        _simpleKeyAllowed = _flowLevel == 0;
        RemoveSimpleKey();
        var start = Here;
        Skip();
        Add(YamlTokenKind.Key, start, Here);
    }

    private void FetchValue()
    {
        var key = _simpleKeys[_simpleKeys.Count - 1];
        if (key.Possible)
        {
            _tokens.Insert(_head + key.TokenNumber - _tokensTaken, new YamlToken(YamlTokenKind.Key, key.Mark, key.Mark));
            RollIndent(key.Mark.Column, key.TokenNumber, YamlTokenKind.BlockMappingStart, key.Mark);
            key.Possible = false;
            _simpleKeyAllowed = false;
        }
        else
        {
            if (_flowLevel == 0)
            {
                if (!_simpleKeyAllowed) throw Error("A mapping value is not allowed here (a ':' in a plain value needs quotes; a key must fit on one line).");
                RollIndent(_column, -1, YamlTokenKind.BlockMappingStart, Here);
            }
            _simpleKeyAllowed = _flowLevel == 0;
        }
        var start = Here;
        Skip();
        Add(YamlTokenKind.Value, start, Here);
    }

    private void FetchAnchor(YamlTokenKind kind)
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        var start = Here;
        Skip();
        var nameStart = _pos;
        while (!IsBlankOrEnd(0) && !IsFlowIndicator(At(0))) Skip();
        if (_pos == nameStart) throw Error(kind == YamlTokenKind.Alias ? "An alias '*' needs a name." : "An anchor '&' needs a name.", start);
        Add(kind, start, Here, _text.Substring(nameStart, _pos - nameStart));
    }

    private void FetchTag()
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        var start = Here;
        if (At(1) == '<')
        {
            Skip();
            Skip();
            while (!IsBlankOrEnd(0) && At(0) != '>') Skip();
            if (At(0) != '>') throw Error("A verbatim tag '!<…>' is not closed.", start);
            Skip();
        }
        else
        {
            Skip();
            while (!IsBlankOrEnd(0) && !IsFlowIndicator(At(0))) Skip();
        }
        if (!IsBlankOrEnd(0) && !(_flowLevel > 0 && IsFlowIndicator(At(0)))) throw Error("A tag must be followed by a space.");
        Add(YamlTokenKind.Tag, start, Here, _text.Substring(start.Index, _pos - start.Index));
    }

    private void FetchPlainScalar()
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        var value = _value.Clear();
        var whitespace = _whitespace.Clear();
        var trailingBreaks = 0;
        var leadingBlanks = false;
        var indent = _indent + 1;
        var start = Here;
        var end = Here;
        while (true)
        {
            if (IsDocumentMarker("---") || IsDocumentMarker("...")) break;
            if (At(0) == '#') break;
            while (!IsBlankOrEnd(0))
            {
                var c = At(0);
                if (c == ':' && (IsBlankOrEnd(1) || (_flowLevel > 0 && IsFlowIndicator(At(1))))) break;
                if (_flowLevel > 0 && IsFlowIndicator(c)) break;
                if (leadingBlanks)
                {
                    if (trailingBreaks == 0) value.Append(' ');
                    else value.Append('\n', trailingBreaks);
                    trailingBreaks = 0;
                    leadingBlanks = false;
                }
                else if (whitespace.Length > 0)
                {
                    value.Append(whitespace);
                }
                whitespace.Clear();
                value.Append(c);
                Skip();
                end = Here;
            }
            if (!IsBlank(0) && !IsBreak(0)) break;
            while (IsBlank(0) || IsBreak(0))
            {
                // A tab in a block line's indentation ends the scalar; the next token reports it.
                if (leadingBlanks && At(0) == '\t' && _flowLevel == 0 && _column < indent) break;
                if (IsBlank(0))
                {
                    if (!leadingBlanks) whitespace.Append(At(0));
                    Skip();
                }
                else
                {
                    SkipLineBreak();
                    if (leadingBlanks) trailingBreaks++;
                    else
                    {
                        whitespace.Clear();
                        leadingBlanks = true;
                    }
                }
            }
            if (_flowLevel == 0 && _column < indent) break;
            // In flow context the next line is checked for indentation as the next token; the scalar must not swallow it.
            if (_flowLevel > 0 && leadingBlanks && !AtEnd && (LeadingSpaces() ?? int.MaxValue) <= _indent) break;
        }
        if (leadingBlanks) _simpleKeyAllowed = true;
        Add(YamlTokenKind.Scalar, start, end, value.ToString(), YamlScalarStyle.Plain);
    }

    private void FetchQuotedScalar(bool single)
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        _adjacentValueAllowed = true;
        var start = Here;
        var quote = single ? '\'' : '"';
        var value = _value.Clear();
        var whitespace = _whitespace.Clear();
        Skip();
        while (true)
        {
            if (IsDocumentMarker("---") || IsDocumentMarker("...")) throw Error("A document marker cannot appear inside a quoted string; is a quote missing?", start);
            if (AtEnd) throw Error($"The string opened here has no closing {quote}.", start);
            var leadingBlanks = false;
            while (!IsBlankOrEnd(0))
            {
                var c = At(0);
                if (single && c == '\'' && At(1) == '\'')
                {
                    value.Append('\'');
                    Skip();
                    Skip();
                }
                else if (c == quote)
                {
                    break;
                }
                else if (!single && c == '\\' && IsBreak(1))
                {
                    Skip();
                    SkipLineBreak();
                    leadingBlanks = true;
                    break;
                }
                else if (!single && c == '\\')
                {
                    ReadEscape(value);
                }
                else
                {
                    value.Append(c);
                    Skip();
                }
            }
            if (AtEnd) throw Error($"The string opened here has no closing {quote}.", start);
            if (At(0) == quote) break;
            var leadingBreak = false;
            var trailingBreaks = 0;
            while (IsBlank(0) || IsBreak(0))
            {
                if (IsBlank(0))
                {
                    if (!leadingBlanks) whitespace.Append(At(0));
                    Skip();
                }
                else
                {
                    SkipLineBreak();
                    if (!leadingBlanks)
                    {
                        whitespace.Clear();
                        leadingBlanks = true;
                        leadingBreak = true;
                    }
                    else
                    {
                        trailingBreaks++;
                    }
                }
            }
            if (leadingBlanks)
            {
                if (_flowLevel == 0 && !AtEnd && (LeadingSpaces() ?? int.MaxValue) <= _indent)
                {
                    throw Error(string.Format(CultureInfo.InvariantCulture,
                        "The string opened here is still open at line {0}, which is not indented more than its key; is the closing {1} missing?", _line + 1, quote), start);
                }
                if (leadingBreak && trailingBreaks == 0) value.Append(' ');
                else value.Append('\n', trailingBreaks);
            }
            else
            {
                value.Append(whitespace);
            }
            whitespace.Clear();
        }
        Skip();
        Add(YamlTokenKind.Scalar, start, Here, value.ToString(), single ? YamlScalarStyle.SingleQuoted : YamlScalarStyle.DoubleQuoted);
    }

    private void ReadEscape(StringBuilder value)
    {
        var start = Here;
        Skip();
        var code = AtEnd ? '\0' : At(0);
        if (!AtEnd) Skip();
        var digits = 0;
        switch (code)
        {
            case '0': value.Append('\0'); return;
            case 'a': value.Append('\a'); return;
            case 'b': value.Append('\b'); return;
            case 't' or '\t': value.Append('\t'); return;
            case 'n': value.Append('\n'); return;
            case 'v': value.Append('\v'); return;
            case 'f': value.Append('\f'); return;
            case 'r': value.Append('\r'); return;
            case 'e': value.Append('\u001B'); return;
            case ' ': value.Append(' '); return;
            case '"': value.Append('"'); return;
            case '/': value.Append('/'); return;
            case '\\': value.Append('\\'); return;
            case 'N': value.Append('\u0085'); return;
            case '_': value.Append('\u00A0'); return;
            case 'L': value.Append('\u2028'); return;
            case 'P': value.Append('\u2029'); return;
            case 'x': digits = 2; break;
            case 'u': digits = 4; break;
            case 'U': digits = 8; break;
            default: throw Error($"'\\{Printable(code)}' is not a YAML escape.", start);
        }
        var codePoint = 0L;
        for (var i = 0; i < digits; i++)
        {
            var digit = HexValue(At(0));
            if (AtEnd || digit < 0) throw Error($"The escape '\\{code}' needs {digits} hexadecimal digits.", start);
            codePoint = codePoint * 16 + digit;
            Skip();
        }
        if (codePoint <= 0xFFFF)
        {
            // Surrogate halves are kept as they are: JSON-minded writers escape a pair as two \u escapes.
            value.Append((char)codePoint);
        }
        else if (codePoint <= 0x10FFFF)
        {
            value.Append(char.ConvertFromUtf32((int)codePoint));
        }
        else
        {
            throw Error("The escape names no Unicode character.", start);
        }
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private void FetchBlockScalar(bool literal)
    {
        RemoveSimpleKey();
        _simpleKeyAllowed = true;
        var start = Here;
        Skip();
        var chomping = 0;
        var increment = 0;
        for (var i = 0; i < 2; i++)
        {
            var c = At(0);
            if (chomping == 0 && c is '+' or '-')
            {
                chomping = c == '+' ? 1 : -1;
                Skip();
            }
            else if (increment == 0 && c is >= '0' and <= '9')
            {
                if (c == '0') throw Error("A block scalar's indentation indicator must be 1 to 9.");
                increment = c - '0';
                Skip();
            }
        }
        var headerEnd = Here;
        while (IsBlank(0)) Skip();
        if (At(0) == '#')
        {
            if (_pos == headerEnd.Index) throw Error("A comment after a block scalar header needs a space before '#'.");
            while (!IsBreakOrEnd(0)) Skip();
        }
        if (!IsBreakOrEnd(0)) throw Error("Only a comment can follow a block scalar's '|' or '>' header on its line.");
        if (!AtEnd) SkipLineBreak();
        var end = Here;
        var minIndent = _indent + 1;
        var indent = increment > 0 ? (_indent >= 0 ? _indent + increment : increment) : -1;
        var value = _value.Clear();
        var trailingBreaks = 0;
        ReadBlockScalarBreaks(ref indent, minIndent, ref trailingBreaks);
        var leadingBreak = false;
        var leadingBlank = false;
        while (_column == indent && !AtEnd)
        {
            if (IsDocumentMarker("---") || IsDocumentMarker("...")) break;
            var trailingBlank = IsBlank(0);
            if (!literal && leadingBreak && !leadingBlank && !trailingBlank)
            {
                if (trailingBreaks == 0) value.Append(' ');
            }
            else if (leadingBreak)
            {
                value.Append('\n');
            }
            leadingBreak = false;
            value.Append('\n', trailingBreaks);
            trailingBreaks = 0;
            leadingBlank = IsBlank(0);
            var lineStart = _pos;
            while (!IsBreakOrEnd(0)) Skip();
            value.Append(_text, lineStart, _pos - lineStart);
            end = Here;
            // The last line ends the scalar even without a line break, as if it had one.
            leadingBreak = true;
            if (AtEnd) break;
            SkipLineBreak();
            ReadBlockScalarBreaks(ref indent, minIndent, ref trailingBreaks);
        }
        if (chomping != -1 && leadingBreak) value.Append('\n');
        if (chomping == 1) value.Append('\n', trailingBreaks);
        Add(YamlTokenKind.Scalar, start, end, value.ToString(), literal ? YamlScalarStyle.Literal : YamlScalarStyle.Folded);
    }

    /// <summary>
    /// Reads empty lines up to the next content line. When the indentation is not known yet (-1) it is that line's, as
    /// YAML says; an empty line before it may not have more spaces.
    /// </summary>
    private void ReadBlockScalarBreaks(ref int indent, int minIndent, ref int breaks)
    {
        var detect = indent < 0;
        var maxBlank = 0;
        while (true)
        {
            var lineStart = _pos;
            while ((detect || _column < indent) && At(0) == ' ') Skip();
            if (AtEnd)
            {
                // A last line of spaces with no line break is still an empty line.
                if (_pos > lineStart) breaks++;
                break;
            }
            if (!IsBreak(0))
            {
                if (At(0) == '\t' && _column < (detect ? minIndent : indent)) throw Error("A tab character cannot indent a block scalar; use spaces.");
                break;
            }
            if (_column > maxBlank) maxBlank = _column;
            SkipLineBreak();
            breaks++;
        }
        if (!detect) return;
        if (AtEnd)
        {
            indent = maxBlank > minIndent ? maxBlank : minIndent;
            return;
        }
        indent = _column > minIndent ? _column : minIndent;
        if (maxBlank > indent && _column >= minIndent) throw Error("An empty line at the start of this block scalar has more spaces than its first line.");
    }

    private sealed class SimpleKey
    {
        public bool Possible { get; set; }
        public bool Required { get; set; }
        public int TokenNumber { get; set; }
        public TextPosition Mark { get; set; }
    }
}
