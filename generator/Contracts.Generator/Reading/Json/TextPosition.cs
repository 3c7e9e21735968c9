namespace Contracts.Generator.Reading.Json;

/// <summary>A char offset in the parsed text and the matching zero-based line and column in the file.</summary>
internal readonly struct TextPosition
{
    public TextPosition(int index, int line, int column)
    {
        Index = index;
        Line = line;
        Column = column;
    }

    public int Index { get; }
    public int Line { get; }
    public int Column { get; }
}
