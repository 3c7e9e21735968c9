using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>Parses a whole Apifox JSON file; a break becomes CTR1001 (or CTR1005 for deep nesting) at its line and column.</summary>
internal static class ApifoxJsonFile
{
    /// <summary>
    /// The root value, or null after reporting why there is none. <paramref name="parsedText"/> is the text the nodes'
    /// offsets index into (the file without its byte order mark).
    /// </summary>
    public static JsonNode? Parse(string filePath, string text, string what, List<DiagnosticInfo> diagnostics, out string parsedText)
    {
        // Utf8JsonReader refuses a byte order mark; editors do not count it as a column.
        parsedText = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        var parsed = LocatedJsonParser.Parse(parsedText);
        if (parsed.Root is { } root)
        {
            DuplicateKeys.Report(parsed, filePath, diagnostics);
            return root;
        }
        var error = parsed.Error!;
        diagnostics.Add(error.IsTooDeep
            ? DiagnosticInfo.Create(DiagnosticId.NestingTooDeep, filePath, error.Span, what, LocatedJsonParser.MaxDepth.ToString(CultureInfo.InvariantCulture))
            : DiagnosticInfo.Create(DiagnosticId.MalformedJson, filePath, error.Span, what, error.Message));
        return null;
    }
}
