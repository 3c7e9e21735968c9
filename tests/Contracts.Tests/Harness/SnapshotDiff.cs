using System;
using System.Collections.Generic;
using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Contracts.Tests.Harness;

/// <summary>A unified-style line diff (hunks with three lines of context) built on DiffPlex's inline model.</summary>
public static class SnapshotDiff
{
    private const int ContextLines = 3;
    private const int MaxShownLines = 300;

    public static string Render(string oldText, string newText, string oldLabel, string newLabel)
    {
        var lines = new InlineDiffBuilder(new Differ()).BuildDiffModel(WithoutFinalNewline(oldText), WithoutFinalNewline(newText), false).Lines;
        var output = new StringBuilder();
        output.Append("--- ").Append(oldLabel).Append('\n').Append("+++ ").Append(newLabel).Append('\n');

        var changed = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                changed.Add(i);
            }
        }
        if (changed.Count == 0)
        {
            // Line splitting hides a difference in the final newline only.
            return output.Append("(the texts differ only in trailing newlines)\n").ToString();
        }

        var shown = 0;
        var index = 0;
        while (index < changed.Count)
        {
            var start = Math.Max(0, changed[index] - ContextLines);
            var end = Math.Min(lines.Count - 1, changed[index] + ContextLines);
            // Merge changes whose context overlaps into one hunk.
            while (index + 1 < changed.Count && changed[index + 1] - ContextLines <= end + 1)
            {
                index++;
                end = Math.Min(lines.Count - 1, changed[index] + ContextLines);
            }
            index++;

            AppendHunk(output, lines, start, end);
            shown += end - start + 1;
            if (shown > MaxShownLines && index < changed.Count)
            {
                output.Append("… (").Append(changed.Count - index).Append(" more changed lines not shown; see the received file)\n");
                break;
            }
        }
        return output.ToString();
    }

    // DiffPlex would show the empty text after a final newline as one more line.
    private static string WithoutFinalNewline(string text) => text.EndsWith('\n') ? text.Substring(0, text.Length - 1) : text;

    private static void AppendHunk(StringBuilder output, IList<DiffPiece> lines, int start, int end)
    {
        // Line numbers in each text are counted from the top: deleted lines exist only in the old one, inserted only in the new.
        int oldStart = 1, newStart = 1;
        for (var i = 0; i < start; i++)
        {
            if (lines[i].Type != ChangeType.Inserted) oldStart++;
            if (lines[i].Type != ChangeType.Deleted) newStart++;
        }
        int oldCount = 0, newCount = 0;
        for (var i = start; i <= end; i++)
        {
            if (lines[i].Type != ChangeType.Inserted) oldCount++;
            if (lines[i].Type != ChangeType.Deleted) newCount++;
        }

        output.Append("@@ -").Append(oldStart).Append(',').Append(oldCount)
            .Append(" +").Append(newStart).Append(',').Append(newCount).Append(" @@\n");
        for (var i = start; i <= end; i++)
        {
            var marker = lines[i].Type switch
            {
                ChangeType.Inserted => '+',
                ChangeType.Deleted => '-',
                _ => ' ',
            };
            output.Append(marker).Append(lines[i].Text).Append('\n');
        }
    }
}
