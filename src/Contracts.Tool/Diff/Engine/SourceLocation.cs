using Contracts.Generator.Model;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// A place in one side's schema file: the file as the user named it (path, or URL) and the reader's span.
/// <paramref name="Version"/> labels old-side places ("old", or the git revision); it is null on the new side.
/// </summary>
internal sealed record SourceLocation(string File, SourceSpan Span, string? Version)
{
    /// <summary>One-based, as editors, SARIF and GitHub count.</summary>
    public int Line => Span.StartLine + 1;

    public int Column => Span.StartColumn + 1;
}
