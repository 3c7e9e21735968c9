using System.Globalization;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Contracts.Tool.Generation;

/// <summary>Formats diagnostics as MSBuild does, "path(line,col): severity ID: message", so editors can jump to them.</summary>
internal static class DiagnosticText
{
    /// <param name="fallbackPath">Used when the diagnostic names no file.</param>
    public static string Format(DiagnosticInfo info, string fallbackPath)
    {
        var diagnostic = DiagnosticFactory.Create(info);
        var path = string.IsNullOrEmpty(info.FilePath) ? fallbackPath : info.FilePath;
        // SourceSpan is zero-based; editors and MSBuild count from one.
        return string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}",
            path, info.Span.StartLine + 1, info.Span.StartColumn + 1, Severity(diagnostic.Severity), info.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    public static bool IsError(DiagnosticInfo info) => info.Id.Level == DiagnosticLevel.Error;

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
