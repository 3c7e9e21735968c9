using System.Globalization;
using System.IO;
using System.Linq;
using Contracts.Tool.Diff.Outputs;

namespace Contracts.Tool.Verify.Reporting;

/// <summary>Plain text grouped by entry: the entry's line, then one indented line per violation with its place.</summary>
internal static class VerifyTextWriter
{
    public static void Write(VerifyReport report, TextWriter output)
    {
        output.WriteLine($"contracts verify {report.Schemas} --har {report.Recording}");
        foreach (var entry in report.Violations.GroupBy(v => v.Entry))
        {
            var first = entry.First();
            output.WriteLine();
            output.WriteLine($"{Entry(first.Entry, first.StartedDateTime, first.Method, first.Url)}  ({first.Operation})");
            foreach (var violation in entry)
            {
                output.WriteLine($"  {violation.Keyword,-17} {violation.Sentence}");
                output.WriteLine($"  {"",-17} expected {violation.Expected ?? "-"}, actual {violation.Actual ?? "(missing)"}; {Where(violation)}");
            }
        }
        if (report.Unchecked.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Not checked:");
            foreach (var note in report.Unchecked) output.WriteLine($"  {Entry(note.Entry, note.StartedDateTime, note.Method, note.Url)}: {note.Reason}");
        }
        if (report.ListUnmatched && report.Unmatched.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Unmatched:");
            foreach (var note in report.Unmatched) output.WriteLine($"  {Entry(note.Entry, note.StartedDateTime, note.Method, note.Url)}: {note.Reason}");
        }
        output.WriteLine();
        output.WriteLine(report.Summary + (report.Unmatched.Count > 0 && !report.ListUnmatched ? " (--unmatched lists them)" : ""));
    }

    public static string Entry(int index, string started, string method, string url)
        => $"#{index.ToString(CultureInfo.InvariantCulture)} {started} {method} {url}".Replace("  ", " ");

    /// <summary>"stated in the description at file:line:column", or "schema at …".</summary>
    public static string Where(Violation violation)
    {
        var place = LocationText.Of(violation.Location);
        var who = violation.Origin == "description" ? "stated in the description" : "schema";
        return place.Length == 0 ? who : $"{who} at {place}";
    }
}
