namespace Contracts.Tool.Diff.Outputs;

/// <summary>The output formats of <c>contracts diff --format</c>.</summary>
internal enum ReportFormat
{
    Text,
    Markdown,
    Json,
    Sarif,
    GitHub,
}
