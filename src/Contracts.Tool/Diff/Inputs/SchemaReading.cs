using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Tool.Generation;
using Contracts.Tool.Yaml;
using Microsoft.CodeAnalysis;

namespace Contracts.Tool.Diff.Inputs;

/// <summary>One side's file through the generator's own readers (YAML converted to JSON first), with notes for stderr.</summary>
internal static class SchemaReading
{
    /// <summary>The document, or null when the file is no API description.</summary>
    /// <exception cref="DiffInputException">The file is YAML OpenAPI that cannot be converted.</exception>
    public static ApiDocument? Read(SideFile file, List<string> notes, CancellationToken cancellationToken)
    {
        SchemaText? prepared;
        try
        {
            prepared = SchemaText.Prepare(file.DisplayPath, file.Text);
        }
        catch (YamlConversionException exception)
        {
            throw new DiffInputException($"{file.DisplayPath}({exception.Line},{exception.Column}): cannot convert the YAML: {exception.Problem}");
        }
        if (prepared is null || ApiDocumentReader.Read(file.DisplayPath, prepared.Text, cancellationToken) is not { } document) return null;

        var errors = document.Diagnostics.Where(d => d.Id.Level == DiagnosticLevel.Error).ToList();
        if (errors.Count > 0)
        {
            // A block the reader skipped looks like removed operations or members; say so rather than let it pass as a change.
            notes.Add($"{file.DisplayPath}: {errors.Count} reading error(s), first {errors[0].Id} at {errors[0].Span}; changes there may be misreported.");
        }
        if (prepared.ConvertedFromYaml)
        {
            notes.Add($"{file.DisplayPath}: positions are in the JSON converted from this YAML file (see 'contracts convert').");
        }
        return document;
    }
}
