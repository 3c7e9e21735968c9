using System.Globalization;
using System.IO;
using Contracts.Tool.Diff.Outputs;

namespace Contracts.Tool.Verify.Reporting;

/// <summary>A PR or issue comment: the summary, then a table of violations.</summary>
internal static class VerifyMarkdownWriter
{
    public static void Write(VerifyReport report, TextWriter output)
    {
        output.WriteLine("### Recorded traffic against the schema");
        output.WriteLine();
        output.WriteLine($"`{Cell(report.Recording)}` against `{Cell(report.Schemas)}`: **{report.Summary}**.");
        if (report.Violations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| Entry | Request | Part | Pointer | Keyword | Expected | Actual | Schema |");
            output.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var v in report.Violations)
            {
                var place = LocationText.Of(v.Location);
                if (v.Origin == "description") place += " (description)";
                output.WriteLine($"| {v.Entry.ToString(CultureInfo.InvariantCulture)} | {Cell(v.Method + " " + v.Url)} | {Cell(v.Part)} | `{Cell(v.Pointer.Length == 0 ? "/" : v.Pointer)}` | {v.Keyword} | {Code(v.Expected)} | {Code(v.Actual)} | {Cell(place)} |");
            }
        }
        Notes(output, "Not checked", report.Unchecked);
        if (report.ListUnmatched) Notes(output, "Unmatched", report.Unmatched);
    }

    private static void Notes(TextWriter output, string title, System.Collections.Generic.IReadOnlyList<EntryNote> notes)
    {
        if (notes.Count == 0) return;
        output.WriteLine();
        output.WriteLine($"<details><summary>{title} ({notes.Count.ToString(CultureInfo.InvariantCulture)})</summary>");
        output.WriteLine();
        foreach (var note in notes) output.WriteLine($"- {note.Entry.ToString(CultureInfo.InvariantCulture)} {Cell(note.Method + " " + note.Url)}: {Cell(note.Reason)}");
        output.WriteLine();
        output.WriteLine("</details>");
    }

    private static string Code(string? text) => text is null ? "" : "`" + Cell(text).Replace("`", "'") + "`";

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
