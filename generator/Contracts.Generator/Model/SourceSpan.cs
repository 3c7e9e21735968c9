namespace Contracts.Generator.Model;

/// <summary>A place in a schema file: zero-based line and column (in UTF-16 characters) of the start and end.</summary>
internal readonly record struct SourceSpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly SourceSpan None = new(0, 0, 0, 0);

    /// <summary>One-based "line:column", as an editor shows it.</summary>
    public override string ToString() => $"{StartLine + 1}:{StartColumn + 1}";
}
