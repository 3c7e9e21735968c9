namespace Contracts.Generator.Reading.Json;

/// <summary>
/// Maps UTF-8 byte offsets (what Utf8JsonReader reports) back to UTF-16 char offsets, lines and columns of the file.
/// Tokens arrive in increasing order, so a forward-only cursor keeps the whole walk linear.
/// </summary>
internal sealed class Utf8PositionMap
{
    private readonly string _text;
    private readonly int _firstLine;
    private readonly int _firstColumn;
    private int _byte;
    private int _char;
    private int _line;
    private int _column;

    /// <param name="text">The parsed text.</param>
    /// <param name="firstLine">File line of the text's first char.</param>
    /// <param name="firstColumn">File column of the text's first char.</param>
    public Utf8PositionMap(string text, int firstLine, int firstColumn)
    {
        _text = text;
        _firstLine = firstLine;
        _firstColumn = firstColumn;
    }

    public TextPosition At(int byteOffset)
    {
        if (byteOffset < _byte)
        {
            // Only error reporting goes backwards; restart rather than keep a second index.
            _byte = _char = _line = _column = 0;
        }
        var text = _text;
        while (_byte < byteOffset && _char < text.Length)
        {
            var c = text[_char];
            if (c >= ' ' && c < 0x80)
            {
                // Most of a JSON file: one byte, one char, one column.
                _byte++;
                _char++;
                _column++;
                continue;
            }
            if (char.IsHighSurrogate(c) && _char + 1 < _text.Length && char.IsLowSurrogate(_text[_char + 1]))
            {
                _byte += 4;
                _char += 2;
                _column += 2;
                continue;
            }
            _byte += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            _char++;
            // "\r\n", "\n" and a lone "\r" each end a line, as editors count them.
            if (c == '\n' || (c == '\r' && (_char >= _text.Length || _text[_char] != '\n')))
            {
                _line++;
                _column = 0;
            }
            else
            {
                _column++;
            }
        }
        return new TextPosition(_char, _firstLine + _line, _line == 0 ? _firstColumn + _column : _column);
    }
}
