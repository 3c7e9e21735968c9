using System.IO;

namespace Contracts.Tool.Diff.Outputs;

/// <summary>Writes a report in one format.</summary>
internal interface IReportWriter
{
    void Write(DiffReport report, TextWriter output);
}
