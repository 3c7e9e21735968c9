using System.Globalization;
using System.IO;
using Contracts.Tool.Diff.Outputs;

namespace Contracts.Tool.Verify.Reporting;

/// <summary>GitHub Actions annotations, one error per violation at the schema's place, then the summary.</summary>
internal static class VerifyGitHubWriter
{
    public static void Write(VerifyReport report, TextWriter output)
    {
        foreach (var v in report.Violations)
        {
            var properties = "";
            if (v.Location is { } location)
            {
                properties = $"file={GitHubReportWriter.Property(location.File)},line={location.Line.ToString(CultureInfo.InvariantCulture)},col={location.Column.ToString(CultureInfo.InvariantCulture)},";
            }
            var text = $"entry {v.Entry.ToString(CultureInfo.InvariantCulture)} {v.Method} {v.Url}: {v.Sentence}";
            output.WriteLine($"::error {properties}title={GitHubReportWriter.Property("traffic-" + v.Keyword)}::{GitHubReportWriter.Data(text)}");
        }
        output.WriteLine(report.Summary);
    }
}
