using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Microsoft.CodeAnalysis;

namespace Contracts.Tool.Diff.Inputs;

/// <summary>One side's file through the generator's own readers (JSON or YAML), with notes for stderr.</summary>
internal static class SchemaReading
{
    /// <summary>The document, or null when the file is no API description.</summary>
    public static ApiDocument? Read(SideFile file, List<string> notes, CancellationToken cancellationToken)
    {
        if (ApiDocumentReader.Read(file.DisplayPath, file.Text, cancellationToken) is not { } document) return null;

        var errors = document.Diagnostics.Where(d => d.Id.Level == DiagnosticLevel.Error).ToList();
        if (errors.Count > 0)
        {
            // A block the reader skipped looks like removed operations or members; say so rather than let it pass as a change.
            notes.Add($"{file.DisplayPath}: {errors.Count} reading error(s), first {errors[0].Id} at {errors[0].Span}; changes there may be misreported.");
        }
        return document;
    }
}
