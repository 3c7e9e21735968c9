using System;
using System.Collections.Generic;
using System.Text;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>
/// Splits a Markdown text into the blocks widdershins writes: ATX headings, paragraphs, quote lines, fenced code, pipe
/// tables and HTML lines. Not a CommonMark parser: only what the export uses, with every block's line kept.
/// </summary>
internal static class MarkdownBlockReader
{
    public static List<MarkdownBlock> Read(string text, int firstLine)
    {
        var lines = new TextLines(text);
        var blocks = new List<MarkdownBlock>();
        var line = firstLine;
        while (line < lines.Count)
        {
            var content = lines.Get(line);
            var trimmed = content.Trim();
            if (trimmed.Length == 0)
            {
                line++;
                continue;
            }
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                line = ReadFence(lines, line, trimmed, blocks);
            }
            else if (HeadingLevel(trimmed) is var level and > 0)
            {
                var title = trimmed.Substring(level).Trim().TrimEnd('#').Trim();
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Heading, title, line, Whole(lines, line)) { Level = level });
                line++;
            }
            else if (trimmed[0] == '>')
            {
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Quote, trimmed.Substring(1).Trim(), line, Whole(lines, line)));
                line++;
            }
            else if (trimmed[0] == '|')
            {
                line = ReadTable(lines, line, blocks);
            }
            else if (trimmed[0] == '<')
            {
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Html, trimmed, line, Whole(lines, line)));
                line++;
            }
            else
            {
                line = ReadParagraph(lines, line, blocks);
            }
        }
        return blocks;
    }

    private static int HeadingLevel(string trimmed)
    {
        var level = 0;
        while (level < trimmed.Length && trimmed[level] == '#') level++;
        if (level == 0 || level > 6) return 0;
        return level == trimmed.Length || trimmed[level] == ' ' || trimmed[level] == '\t' ? level : 0;
    }

    private static int ReadFence(TextLines lines, int open, string opening, List<MarkdownBlock> blocks)
    {
        var marker = opening.Substring(0, 3);
        var info = opening.Substring(3).Trim();
        var content = new StringBuilder();
        var line = open + 1;
        while (line < lines.Count && !lines.Get(line).Trim().StartsWith(marker, StringComparison.Ordinal))
        {
            if (content.Length > 0 || line > open + 1) content.Append('\n');
            content.Append(lines.Get(line));
            line++;
        }
        // An unclosed fence runs to the end of the file, as in CommonMark.
        var last = Math.Min(line, lines.Count - 1);
        var span = new SourceSpan(open, 0, last, lines.End(last) - lines.Start(last));
        blocks.Add(new MarkdownBlock(MarkdownBlockKind.Fence, content.ToString(), open + 1, span) { Info = info });
        return line + 1;
    }

    private static int ReadParagraph(TextLines lines, int first, List<MarkdownBlock> blocks)
    {
        var text = new StringBuilder();
        var line = first;
        while (line < lines.Count)
        {
            var trimmed = lines.Get(line).Trim();
            if (trimmed.Length == 0 || (line > first && StartsOtherBlock(trimmed))) break;
            if (text.Length > 0) text.Append('\n');
            text.Append(trimmed);
            line++;
        }
        var last = line - 1;
        blocks.Add(new MarkdownBlock(MarkdownBlockKind.Paragraph, text.ToString(), first, new SourceSpan(first, 0, last, lines.End(last) - lines.Start(last))));
        return line;
    }

    private static bool StartsOtherBlock(string trimmed)
        => trimmed[0] is '>' or '|' or '<' || HeadingLevel(trimmed) > 0 || trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal);

    private static int ReadTable(TextLines lines, int first, List<MarkdownBlock> blocks)
    {
        var line = first;
        var rows = new List<MarkdownTableRow>();
        while (line < lines.Count && lines.Get(line).TrimStart().StartsWith("|", StringComparison.Ordinal))
        {
            rows.Add(new MarkdownTableRow(Cells(lines, line), line, Whole(lines, line)));
            line++;
        }
        // A header, then the delimiter row ("|---|---|"); without it the lines are a paragraph that starts with a pipe.
        if (rows.Count >= 2 && IsDelimiterRow(rows[1]))
        {
            var body = rows.GetRange(2, rows.Count - 2);
            var table = new MarkdownTable(rows[0].Cells, body);
            blocks.Add(new MarkdownBlock(MarkdownBlockKind.Table, "", first, new SourceSpan(first, 0, line - 1, lines.End(line - 1) - lines.Start(line - 1))) { Table = table });
        }
        else
        {
            blocks.Add(new MarkdownBlock(MarkdownBlockKind.Paragraph, lines.Get(first).Trim(), first, Whole(lines, first)));
            return first + 1;
        }
        return line;
    }

    private static bool IsDelimiterRow(MarkdownTableRow row)
    {
        if (row.Cells.Count == 0) return false;
        foreach (var cell in row.Cells)
        {
            var text = cell.Text.Trim(':');
            if (text.Length == 0 || text.Trim('-').Length != 0) return false;
        }
        return true;
    }

    /// <summary>The row's cells between unescaped pipes; "\|" stands for a pipe inside a cell.</summary>
    private static List<MarkdownCell> Cells(TextLines lines, int line)
    {
        var text = lines.Get(line);
        var cells = new List<MarkdownCell>();
        var start = text.IndexOf('|') + 1;
        var cell = new StringBuilder();
        var cellStart = start;
        for (var i = start; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == '|' && text[i - 1] != '\\'))
            {
                // The part after a closing pipe is not a cell.
                if (i == text.Length && cell.ToString().Trim().Length == 0) break;
                cells.Add(MakeCell(cell.ToString(), line, cellStart));
                cell.Clear();
                cellStart = i + 1;
                continue;
            }
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '|') continue;
            cell.Append(text[i]);
        }
        return cells;
    }

    private static MarkdownCell MakeCell(string raw, int line, int start)
    {
        var leading = raw.Length - raw.TrimStart().Length;
        var value = raw.Trim();
        var column = start + leading;
        return new MarkdownCell(value, new SourceSpan(line, column, line, column + value.Length));
    }

    private static SourceSpan Whole(TextLines lines, int line) => new(line, 0, line, lines.End(line) - lines.Start(line));
}
