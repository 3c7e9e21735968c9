using System.IO;
using Contracts.Tool.Diff.Outputs;

namespace Contracts.Tool.Verify.Reporting;

/// <summary>The writer of a verify report for each of the formats <c>contracts diff</c> has.</summary>
internal static class VerifyReportWriters
{
    public static void Write(ReportFormat format, VerifyReport report, TextWriter output)
    {
        switch (format)
        {
            case ReportFormat.Markdown:
                VerifyMarkdownWriter.Write(report, output);
                break;
            case ReportFormat.Json:
                VerifyJsonWriter.Write(report, output);
                break;
            case ReportFormat.Sarif:
                VerifySarifWriter.Write(report, output);
                break;
            case ReportFormat.GitHub:
                VerifyGitHubWriter.Write(report, output);
                break;
            default:
                VerifyTextWriter.Write(report, output);
                break;
        }
    }
}
