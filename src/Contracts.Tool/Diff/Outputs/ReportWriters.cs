namespace Contracts.Tool.Diff.Outputs;

/// <summary>The writer for each <see cref="ReportFormat"/>.</summary>
internal static class ReportWriters
{
    public static IReportWriter For(ReportFormat format, bool color) => format switch
    {
        ReportFormat.Markdown => new MarkdownReportWriter(),
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        ReportFormat.GitHub => new GitHubReportWriter(),
        _ => new TextReportWriter(color),
    };
}
