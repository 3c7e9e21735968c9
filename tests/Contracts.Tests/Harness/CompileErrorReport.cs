using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Contracts.Tests.Harness;

/// <summary>Writes compile errors as file(line,col), the message and the offending source line, so a failure reads without a debugger.</summary>
public static class CompileErrorReport
{
    public static string Describe(IReadOnlyCollection<Diagnostic> errors, GeneratorRun run)
    {
        var text = new StringBuilder();
        text.Append("The generated code does not compile (").Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors").Append("):\n");
        foreach (var error in errors)
        {
            AppendError(text, error);
        }
        text.Append("Generated files: ").Append(run.GeneratedSources.Count == 0 ? "(none)" : string.Join(", ", run.GeneratedSources.Keys)).Append('\n');
        return text.ToString();
    }

    private static void AppendError(StringBuilder text, Diagnostic error)
    {
        var location = error.Location;
        if (!location.IsInSource || location.SourceTree is null)
        {
            text.Append("  error ").Append(error.Id).Append(": ").Append(error.GetMessage()).Append('\n');
            return;
        }

        var span = location.GetLineSpan();
        var line = span.StartLinePosition.Line;
        var column = span.StartLinePosition.Character;
        text.Append("  ").Append(span.Path).Append('(').Append(line + 1).Append(',').Append(column + 1).Append("): error ")
            .Append(error.Id).Append(": ").Append(error.GetMessage()).Append('\n');

        var lines = location.SourceTree.GetText().Lines;
        if (line < lines.Count)
        {
            var sourceLine = lines[line].ToString();
            text.Append("      | ").Append(sourceLine).Append('\n');
            text.Append("      | ").Append(' ', System.Math.Min(column, sourceLine.Length)).Append("^\n");
        }
    }
}
