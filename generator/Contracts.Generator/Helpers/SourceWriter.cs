using System;
using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Contracts.Generator.Helpers;

/// <summary>Writes C# source indented with tabs (a quarter of the characters of four spaces) and \n line endings, so output is identical on every OS.</summary>
/// <remarks>
/// Interpolated lines (<c>writer.Line($"…")</c>) are appended piece by piece, never built as strings first. The text
/// lives in one flat buffer rented from the shared pool and returned when the writer finishes, and the finished string
/// is its only copy: a large file's growing buffers would otherwise land on the large object heap on every run.
/// </remarks>
internal sealed class SourceWriter
{
    private const int InitialCapacity = 16 * 1024;

    private char[] _buffer;
    private int _length;
    private string? _finished;
    private int _indent;
    private int _declarationsAt = -1;
    // Where the text after the declarations' room starts.
    private int _textAt = -1;
    private (string Use, string Declaration)[]? _declarations;

    public SourceWriter()
    {
        _buffer = ArrayPool<char>.Shared.Rent(InitialCapacity);
    }

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            WriteIndent();
            Append(line);
        }
        Append('\n');
        return this;
    }

    /// <summary>An interpolated line: the handler has already appended it (indented); this ends it.</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        Append('\n');
        return this;
    }

    public SourceWriter OpenBrace(string? header = null)
    {
        if (header is not null) Line(header);
        return Open();
    }

    public SourceWriter OpenBrace([InterpolatedStringHandlerArgument("")] ref LineHandler header)
    {
        Append('\n');
        return Open();
    }

    public SourceWriter CloseBrace(string suffix = "")
    {
        _indent = Math.Max(0, _indent - 1);
        WriteIndent();
        Append('}');
        Append(suffix);
        Append('\n');
        return this;
    }

    public SourceWriter Indent() { _indent++; return this; }

    public SourceWriter Outdent() { _indent = Math.Max(0, _indent - 1); return this; }

    /// <summary>
    /// Here, when the text is finished, go those of <paramref name="declarations"/> whose use the text contains (after
    /// this point): a file declares only the aliases it uses.
    /// </summary>
    /// <remarks>
    /// Room for all of them is left here, so finishing moves only the short text before this point, never the file.
    /// </remarks>
    public SourceWriter DeclarationsHere((string Use, string Declaration)[] declarations)
    {
        var room = 1; // the blank line after them
        foreach (var (_, declaration) in declarations) room += declaration.Length + 1;
        Reserve(room);
        _declarationsAt = _length;
        _length += room;
        _textAt = _length;
        _declarations = declarations;
        return this;
    }

    /// <summary>The text written. This finishes the writer: its buffer goes to the next one, and writing more throws.</summary>
    public override string ToString()
    {
        if (_finished is not null) return _finished;
        var start = _declarations is null ? 0 : FillDeclarations();
        _finished = new string(_buffer, start, _length - start);
        ArrayPool<char>.Shared.Return(_buffer);
        // A finished writer holds no buffer, so a stray write cannot land in the text of the writer that reuses it.
        _buffer = null!;
        return _finished;
    }

    /// <summary>
    /// Writes the declarations used at the end of the room left for them and moves the text before the room up to
    /// meet them; returns where the file now starts in the buffer.
    /// </summary>
    private int FillDeclarations()
    {
        var declarations = _declarations!;
        var used = UsedDeclarations(declarations);
        var size = 0;
        for (var i = 0; i < declarations.Length; i++)
        {
            if ((used & (1 << i)) != 0) size += declarations[i].Declaration.Length + 1;
        }
        if (size > 0) size++; // the blank line after them
        var at = _textAt - size;
        for (var i = 0; i < declarations.Length; i++)
        {
            if ((used & (1 << i)) == 0) continue;
            var declaration = declarations[i].Declaration;
            declaration.CopyTo(0, _buffer, at, declaration.Length);
            at += declaration.Length;
            _buffer[at++] = '\n';
        }
        if (size > 0) _buffer[at] = '\n';
        var start = _textAt - size - _declarationsAt;
        Array.Copy(_buffer, 0, _buffer, start, _declarationsAt);
        return start;
    }

    /// <summary>A bit per declaration whose use the text contains after the declarations' place; one pass over the text.</summary>
    private int UsedDeclarations((string Use, string Declaration)[] declarations)
    {
        // Every use starts with the same character (the aliases' '_'), so only those places are looked at.
        var first = declarations[0].Use[0];
        var all = (1 << declarations.Length) - 1;
        var used = 0;
        var text = new ReadOnlySpan<char>(_buffer, 0, _length);
        var at = _textAt;
        while (used != all)
        {
            var next = text.Slice(at).IndexOf(first);
            if (next < 0) break;
            at += next;
            var rest = text.Slice(at);
            for (var i = 0; i < declarations.Length; i++)
            {
                if ((used & (1 << i)) == 0 && rest.StartsWith(declarations[i].Use.AsSpan(), StringComparison.Ordinal)) used |= 1 << i;
            }
            at++;
        }
        // A use that starts otherwise is looked for on its own.
        for (var i = 0; i < declarations.Length; i++)
        {
            if ((used & (1 << i)) == 0 && declarations[i].Use[0] != first
                && text.Slice(_textAt).IndexOf(declarations[i].Use.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                used |= 1 << i;
            }
        }
        return used;
    }

    private SourceWriter Open()
    {
        WriteIndent();
        Append('{');
        Append('\n');
        _indent++;
        return this;
    }

    private void WriteIndent()
    {
        Reserve(_indent);
        for (var i = 0; i < _indent; i++) _buffer[_length++] = '\t';
    }

    private void Append(char value)
    {
        if (_length == _buffer.Length) Grow(1);
        _buffer[_length++] = value;
    }

    private void Append(string value)
    {
        Reserve(value.Length);
        value.CopyTo(0, _buffer, _length, value.Length);
        _length += value.Length;
    }

    private void Append(int value)
    {
        // Digits only, written in place: no culture can change them and no string is made.
        if (value < 0)
        {
            Append(value.ToString(CultureInfo.InvariantCulture));
            return;
        }
        var digits = 1;
        for (var rest = value / 10; rest > 0; rest /= 10) digits++;
        Reserve(digits);
        for (var i = _length + digits - 1; i >= _length; i--)
        {
            _buffer[i] = (char)('0' + value % 10);
            value /= 10;
        }
        _length += digits;
    }

    private void Reserve(int count)
    {
        if (_buffer.Length - _length < count) Grow(count);
    }

    private void Grow(int count)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
        Array.Copy(_buffer, larger, _length);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }

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
            _writer.Append(value!);
        }

        public void AppendFormatted(char value)
        {
            StartLine();
            _writer.Append(value);
        }

        public void AppendFormatted(int value)
        {
            StartLine();
            _writer.Append(value);
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
