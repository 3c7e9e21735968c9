using System.IO;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Outputs;

/// <summary>
/// For people at a terminal or reading a CI log: findings grouped by operation, one line each, with the explanation
/// under breaking and warning ones. Colour only when asked (the command asks when stdout is a terminal and NO_COLOR is unset).
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    private readonly bool _color;

    public TextReportWriter(bool color) => _color = color;

    public void Write(DiffReport report, TextWriter output)
    {
        output.WriteLine($"{Paint(Bold, "contracts diff")} {report.Before} → {report.After}");
        if (report.Outcome.Findings.Count == 0)
        {
            output.WriteLine(report.Outcome.Ignored > 0 ? $"No changes ({report.Outcome.Ignored} ignored)." : "No changes.");
            return;
        }
        var manyDocuments = report.ManyDocuments;
        foreach (var group in report.ByOperation())
        {
            output.WriteLine();
            output.WriteLine(Paint(Bold, group.Key.Operation) + (manyDocuments ? Paint(Dim, "  in " + group.Key.Document) : ""));
            foreach (var finding in group)
            {
                var level = LevelNames.Text(finding.Level).PadRight(8);
                var where = finding.Where.Length == 0 ? "" : finding.Where + ": ";
                output.WriteLine($"  {Paint(LevelColor(finding.Level), level)}  {finding.Rule.Id}  {where}{finding.Detail}  {Paint(Dim, LocationText.Of(finding.Location))}");
                if (finding.Level > RuleLevel.Info) output.WriteLine($"            {Paint(Dim, finding.Rule.Explanation)}");
            }
        }
        output.WriteLine();
        output.WriteLine(report.Summary);
    }

    private static string LevelColor(RuleLevel level) => level switch
    {
        RuleLevel.Breaking => "\u001b[1;31m",
        RuleLevel.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private string Paint(string code, string text) => _color && text.Length > 0 ? code + text + Reset : text;
}
