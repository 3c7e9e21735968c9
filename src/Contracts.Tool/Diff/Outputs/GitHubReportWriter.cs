using System.Globalization;
using System.IO;

namespace Contracts.Tool.Diff.Outputs;

/// <summary>GitHub Actions workflow commands, one annotation per finding: <c>::error file=…,line=…,col=…,title=…::message</c>.</summary>
internal sealed class GitHubReportWriter : IReportWriter
{
    public void Write(DiffReport report, TextWriter output)
    {
        foreach (var finding in report.Outcome.Findings)
        {
            var properties = "";
            if (finding.Location is { } location)
            {
                properties = $"file={Property(location.File)},line={location.Line.ToString(CultureInfo.InvariantCulture)},col={location.Column.ToString(CultureInfo.InvariantCulture)},";
            }
            output.WriteLine($"::{LevelNames.GitHub(finding.Level)} {properties}title={Property(finding.Rule.Id)}::{Data(finding.Sentence)}");
        }
        output.WriteLine(report.Summary);
    }

    /// <summary>Message text: percent, CR and LF are escaped so the command stays on one line.</summary>
    internal static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Property values also escape the separators ':' and ','.</summary>
    internal static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
