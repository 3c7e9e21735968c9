using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading;

/// <summary>
/// Typed access to the format's own fields (not schema keywords): a missing field reads as null silently,
/// a field of the wrong JSON type reads as null with CTR1003.
/// </summary>
internal sealed class JsonFieldReader
{
    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics;

    public JsonFieldReader(string filePath, List<DiagnosticInfo> diagnostics)
    {
        _filePath = filePath;
        _diagnostics = diagnostics;
    }

    public JsonObjectNode? Object(JsonNode? node, string path) => Expect<JsonObjectNode>(node, path, JsonNodeKind.Object);

    public JsonArrayNode? Array(JsonNode? node, string path) => Expect<JsonArrayNode>(node, path, JsonNodeKind.Array);

    public JsonStringNode? String(JsonNode? node, string path) => Expect<JsonStringNode>(node, path, JsonNodeKind.String);

    public bool? Boolean(JsonNode? node, string path) => Expect<JsonBooleanNode>(node, path, JsonNodeKind.Boolean)?.Value;

    /// <summary>A string field where "" means "not set" (Apifox writes "" for empty fields).</summary>
    public string? Text(JsonNode? node, string path) => String(node, path) is { Value.Length: > 0 } text ? text.Value : null;

    /// <summary>A scalar as text: strings as they are, numbers and booleans as their literal; "" reads as absent.</summary>
    public string? Scalar(JsonNode? node, string path)
    {
        switch (node)
        {
            case null:
            case JsonNullNode:
                return null;
            case JsonStringNode text:
                return text.Value.Length > 0 ? text.Value : null;
            case JsonNumberNode number:
                return number.Literal;
            case JsonBooleanNode flag:
                return flag.Value ? "true" : "false";
            default:
                WrongType(path, "a string or a number", node);
                return null;
        }
    }

    public void WrongType(string path, string expected, JsonNode found)
        => _diagnostics.Add(DiagnosticInfo.Create(DiagnosticId.WrongJsonType, _filePath, found.Span, path, expected, found.KindWithArticle));

    public void Missing(string path, string expected, SourceSpan span)
        => _diagnostics.Add(DiagnosticInfo.Create(DiagnosticId.WrongJsonType, _filePath, span, path, expected, "missing"));

    private T? Expect<T>(JsonNode? node, string path, JsonNodeKind kind)
        where T : JsonNode
    {
        if (node is null) return null;
        if (node is T typed) return typed;
        WrongType(path, JsonNode.DescribeKind(kind), node);
        return null;
    }
}
