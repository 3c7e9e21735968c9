using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;
using Contracts.Generator.Reading.Yaml;

namespace Contracts.Generator.Reading;

/// <summary>
/// A whole schema file as the located JSON tree, whether written as JSON or YAML, so document readers (OpenAPI, Swagger)
/// need not know which. Reports what stops or troubles the parse at its line and column.
/// </summary>
internal static class DocumentTree
{
    /// <summary>The root, or null when the file cannot be read (then a diagnostic says why).</summary>
    /// <param name="documentName">"OpenAPI document" and the like, for messages.</param>
    public static JsonNode? Parse(string filePath, string text, string documentName, List<DiagnosticInfo> diagnostics)
    {
        // Neither parser wants a byte order mark, and editors do not count it as a column.
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
        return OpenApi.OpenApiSniffer.StartsAsJson(text) ? ParseJson(filePath, text, documentName, diagnostics) : ParseYaml(filePath, text, documentName, diagnostics);
    }

    private static JsonNode? ParseJson(string filePath, string text, string documentName, List<DiagnosticInfo> diagnostics)
    {
        var parsed = LocatedJsonParser.Parse(text);
        if (parsed.Root is null)
        {
            var error = parsed.Error!;
            diagnostics.Add(error.IsTooDeep
                ? DiagnosticInfo.Create(DiagnosticId.NestingTooDeep, filePath, error.Span, documentName, LocatedJsonParser.MaxDepth.ToString(CultureInfo.InvariantCulture))
                : DiagnosticInfo.Create(DiagnosticId.MalformedJson, filePath, error.Span, documentName, error.Message));
            return null;
        }
        DuplicateKeys.Report(parsed, filePath, diagnostics);
        return parsed.Root;
    }

    private static JsonNode? ParseYaml(string filePath, string text, string documentName, List<DiagnosticInfo> diagnostics)
    {
        var parsed = YamlParser.Parse(text);
        foreach (var tag in parsed.IgnoredTags)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticId.YamlTagIgnored, filePath, new SourceSpan(tag.Start.Line, tag.Start.Column, tag.End.Line, tag.End.Column), tag.Value));
        }
        if (parsed.Root is null)
        {
            diagnostics.Add(parsed.ProblemKind switch
            {
                YamlProblemKind.TooDeep => DiagnosticInfo.Create(DiagnosticId.NestingTooDeep, filePath, parsed.ProblemSpan, documentName, LocatedJsonParser.MaxDepth.ToString(CultureInfo.InvariantCulture)),
                YamlProblemKind.NotJson => DiagnosticInfo.Create(DiagnosticId.YamlNotJson, filePath, parsed.ProblemSpan, documentName, parsed.Problem!),
                _ => DiagnosticInfo.Create(DiagnosticId.MalformedYaml, filePath, parsed.ProblemSpan, documentName, parsed.Problem!),
            });
            return null;
        }
        foreach (var member in parsed.DuplicateKeys)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticId.DuplicateKey, filePath, member.NameSpan, member.Name));
        }
        return parsed.Root;
    }
}
