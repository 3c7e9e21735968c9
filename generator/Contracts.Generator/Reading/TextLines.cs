using System.Collections.Generic;

namespace Contracts.Generator.Reading;

/// <summary>Line boundaries of a text. "\r\n", "\n" and a lone "\r" each end a line, as in Utf8PositionMap.</summary>
internal sealed class TextLines
{
    private readonly string _text;
    private readonly List<int> _starts = new() { 0 };

    public TextLines(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (c == '\n' || c == '\r') _starts.Add(i + 1);
        }
    }

    public int Count => _starts.Count;

    public int Start(int line) => _starts[line];

    /// <summary>Index just past the line's last char, before its line break.</summary>
    public int End(int line)
    {
        var end = line + 1 < _starts.Count ? _starts[line + 1] : _text.Length;
        while (end > _starts[line] && (_text[end - 1] == '\n' || _text[end - 1] == '\r')) end--;
        return end;
    }

    public string Get(int line) => _text.Substring(Start(line), End(line) - Start(line));

    /// <summary>The line holding the char at <paramref name="index"/>.</summary>
    public int LineOf(int index)
    {
        int low = 0, high = _starts.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_starts[middle] <= index) low = middle;
            else high = middle - 1;
        }
        return low;
    }
}
