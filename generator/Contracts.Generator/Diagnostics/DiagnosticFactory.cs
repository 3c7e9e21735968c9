using System.Linq;
using Contracts.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Contracts.Generator.Diagnostics;

/// <summary>Turns cached diagnostic values into Roslyn diagnostics located in the schema file.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(DiagnosticInfo info)
    {
        var span = info.Span;
        var location = string.IsNullOrEmpty(info.FilePath)
            ? Location.None
            : Location.Create(info.FilePath, default(TextSpan), new LinePositionSpan(
                new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
        return Diagnostic.Create(info.Id.ToDescriptor(), location, info.Arguments.Cast<object>().ToArray());
    }
}
