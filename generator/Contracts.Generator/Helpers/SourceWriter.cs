using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Contracts.Generator.Helpers;

/// <summary>Writes C# source indented with tabs (a quarter of the characters of four spaces) and \n line endings, so output is identical on every OS.</summary>
/// <remarks>
/// Interpolated lines (<c>writer.Line($"…")</c>) are appended piece by piece, never built as strings first, and a
/// finished writer hands its buffer to the next one on the same thread: emission allocates little beyond its output.
/// </remarks>
internal sealed class SourceWriter
{
    // Large enough for any record's file; a client's megabytes are not kept alive between runs.
    private const int MaxReusedCapacity = 128 * 1024;

    [ThreadStatic]
    private static StringBuilder? s_spare;

    private StringBuilder _text;
    private string? _finished;
    private int _indent;
    private int _declarationsAt = -1;
    private (string Use, string Declaration)[]? _declarations;

    public SourceWriter()
    {
        _text = s_spare ?? new StringBuilder(16 * 1024);
        s_spare = null;
    }

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            WriteIndent();
            _text.Append(line);
        }
        _text.Append('\n');
        return this;
    }

    /// <summary>An interpolated line: the handler has already appended it (indented); this ends it.</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        _text.Append('\n');
        return this;
    }

    public SourceWriter OpenBrace(string? header = null)
    {
        if (header is not null) Line(header);
        return Open();
    }

    public SourceWriter OpenBrace([InterpolatedStringHandlerArgument("")] ref LineHandler header)
    {
        _text.Append('\n');
        return Open();
    }

    public SourceWriter CloseBrace(string suffix = "")
    {
        _indent = Math.Max(0, _indent - 1);
        WriteIndent();
        _text.Append('}').Append(suffix).Append('\n');
        return this;
    }

    public SourceWriter Indent() { _indent++; return this; }

    public SourceWriter Outdent() { _indent = Math.Max(0, _indent - 1); return this; }

    /// <summary>
    /// Here, when the text is finished, go those of <paramref name="declarations"/> whose use the text contains (after
    /// this point): a file declares only the aliases it uses.
    /// </summary>
    public SourceWriter DeclarationsHere((string Use, string Declaration)[] declarations)
    {
        _declarationsAt = _text.Length;
        _declarations = declarations;
        return this;
    }

    /// <summary>The text written. This finishes the writer: its buffer goes to the next one, and writing more throws.</summary>
    public override string ToString()
    {
        if (_finished is not null) return _finished;
        _finished = _declarations is null ? _text.ToString() : WithDeclarations(_text.ToString());
        if (_text.Capacity <= MaxReusedCapacity)
        {
            _text.Clear();
            s_spare = _text;
        }
        // A finished writer holds no buffer, so a stray write cannot land in the text of the writer that reuses it.
        _text = null!;
        return _finished;
    }

    private string WithDeclarations(string text)
    {
        var used = new StringBuilder();
        foreach (var (use, declaration) in _declarations!)
        {
            if (text.IndexOf(use, _declarationsAt, StringComparison.Ordinal) >= 0) used.Append(declaration).Append('\n');
        }
        if (used.Length == 0) return text;
        used.Append('\n');
        return text.Substring(0, _declarationsAt) + used + text.Substring(_declarationsAt);
    }

    private SourceWriter Open()
    {
        WriteIndent();
        _text.Append("{\n");
        _indent++;
        return this;
    }

    private void WriteIndent() => _text.Append('\t', _indent);

    /// <summary>Appends an interpolated line's pieces straight into the writer; indents before the first non-empty piece.</summary>
    [InterpolatedStringHandler]
    public ref struct LineHandler
    {
        private readonly SourceWriter _writer;
        private bool _indented;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _writer = writer;
            _indented = false;
        }

        public void AppendLiteral(string value) => AppendFormatted(value);

        public void AppendFormatted(string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            StartLine();
            _writer._text.Append(value);
        }

        public void AppendFormatted(char value)
        {
            StartLine();
            _writer._text.Append(value);
        }

        public void AppendFormatted(int value)
        {
            StartLine();
            if (value >= 0) _writer._text.Append(value); // digits only: no culture can change them
            else _writer._text.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

        public void AppendFormatted<T>(T value, string? format)
            => AppendFormatted(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString());

        private void StartLine()
        {
            if (_indented) return;
            _indented = true;
            _writer.WriteIndent();
        }
    }
}
