using System.Collections.Generic;
using System.IO;
using System.Linq;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Outputs;

/// <summary>A pull-request comment: the summary as a heading, a table per operation, and the rules that fired explained at the end.</summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    public void Write(DiffReport report, TextWriter output)
    {
        output.WriteLine($"### API changes: {report.Summary}");
        output.WriteLine();
        output.WriteLine($"`{Code(report.Before)}` → `{Code(report.After)}`");
        if (report.Outcome.Findings.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("No changes.");
            return;
        }
        var manyDocuments = report.ManyDocuments;
        foreach (var group in report.ByOperation())
        {
            output.WriteLine();
            output.WriteLine($"#### `{Code(group.Key.Operation)}`" + (manyDocuments ? $" in `{Code(group.Key.Document)}`" : ""));
            output.WriteLine();
            output.WriteLine("| level | rule | where | change | location |");
            output.WriteLine("|---|---|---|---|---|");
            foreach (var finding in group)
            {
                var level = LevelNames.Text(finding.Level);
                output.WriteLine($"| {(finding.Level == RuleLevel.Breaking ? "**" + level + "**" : level)} | `{finding.Rule.Id}` | {Cell(finding.Where)} | {Cell(finding.Detail)} | {Cell(LocationText.Of(finding.Location))} |");
            }
        }
        output.WriteLine();
        output.WriteLine("<details><summary>What these rules mean</summary>");
        output.WriteLine();
        var seen = new HashSet<string>();
        foreach (var rule in report.Outcome.Findings.Select(f => f.Rule).Where(r => seen.Add(r.Id)))
        {
            output.WriteLine($"- `{rule.Id}`: {Cell(rule.Explanation)}");
        }
        output.WriteLine();
        output.WriteLine("</details>");
    }

    /// <summary>Table cells cannot hold pipes or line breaks.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");

    private static string Code(string text) => text.Replace("`", "'");
}
