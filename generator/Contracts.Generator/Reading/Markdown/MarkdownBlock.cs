using System.Collections.Generic;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>What a run of Markdown lines is, as far as the widdershins export uses Markdown.</summary>
internal enum MarkdownBlockKind
{
    Heading,
    Paragraph,
    Quote,
    Fence,
    Table,
    Html,
}

/// <summary>
/// One block of the export. <paramref name="Text"/> is the heading, quote or paragraph text (trimmed, markers removed),
/// the fence's content or the HTML line; <paramref name="Level"/> is the heading level; <paramref name="Info"/> the
/// fence's language; <paramref name="Line"/> the zero-based line of the block (a fence's first content line).
/// </summary>
internal sealed record MarkdownBlock(MarkdownBlockKind Kind, string Text, int Line, SourceSpan Span)
{
    public int Level { get; init; }
    public string Info { get; init; } = "";
    public MarkdownTable? Table { get; init; }
}

/// <summary>A cell's trimmed text and where it is.</summary>
internal sealed record MarkdownCell(string Text, SourceSpan Span);

/// <summary>A pipe table: the header cells and the data rows (the delimiter row dropped).</summary>
internal sealed record MarkdownTable(IReadOnlyList<MarkdownCell> Header, IReadOnlyList<MarkdownTableRow> Rows);

/// <summary>A data row of a table, with its zero-based line.</summary>
internal sealed record MarkdownTableRow(IReadOnlyList<MarkdownCell> Cells, int Line, SourceSpan Span);
