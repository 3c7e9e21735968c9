using System;
using System.Text;

namespace Contracts.Generator.Helpers;

/// <summary>Writes C# source with indentation and \n line endings, so output is identical on every OS.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
            _text.Append(line);
        }
        _text.Append('\n');
        return this;
    }

    public SourceWriter OpenBrace(string? header = null)
    {
        if (header is not null) Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBrace(string suffix = "")
    {
        _indent = Math.Max(0, _indent - 1);
        return Line("}" + suffix);
    }

    public SourceWriter Indent() { _indent++; return this; }

    public SourceWriter Outdent() { _indent = Math.Max(0, _indent - 1); return this; }

    public override string ToString() => _text.ToString();
}
