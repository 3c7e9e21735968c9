using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>Where the schema converter's parts report findings, so they word the same problem the same way.</summary>
internal sealed class SchemaReporter
{
    public SchemaReporter(string filePath, List<DiagnosticInfo> diagnostics)
    {
        FilePath = filePath;
        Diagnostics = diagnostics;
    }

    public string FilePath { get; }

    public List<DiagnosticInfo> Diagnostics { get; }

    public void Report(DiagnosticId id, SourceSpan span, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(id, FilePath, span, arguments));

    /// <summary>CTR2006: the keyword's value is unusable and ignored.</summary>
    public void Invalid(string keyword, JsonNode node, string reason)
        => Report(DiagnosticId.InvalidKeywordValue, node.Span, keyword, Shorten(JsonCompactWriter.Write(node)), reason);

    /// <summary>CTR2005: the keyword is not enforced by the generated code.</summary>
    public void Unsupported(string keyword, SourceSpan span, string pointer)
        => Report(DiagnosticId.UnsupportedKeyword, span, keyword, JsonPointer.Display(pointer));

    /// <summary>CTR2009: with no "type", object keywords (or items) made the schema an object (an array).</summary>
    public void TypeInferredFromShape(JsonObjectNode obj, SchemaType type, string pointer)
    {
        var cause = obj.Find("properties") ?? obj.Find("additionalProperties") ?? obj.Find("x-apifox-refs") ?? obj.Find("items");
        var keywords = cause is not null ? "'" + cause.Name + "'" : "its allOf parts";
        var span = cause?.NameSpan ?? obj.Find("allOf")?.NameSpan ?? obj.Span;
        Report(DiagnosticId.TypeInferredFromShape, span, JsonPointer.Display(pointer), keywords, type == SchemaType.Array ? "an array" : "an object");
    }

    private static string Shorten(string json) => json.Length <= 80 ? json : json.Substring(0, 77) + "...";
}
