using System.Collections.Generic;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>
/// JSON nodes made from Markdown cells, so tables go through the same schema reading as JSON; every node carries the
/// span of the cell it came from, so findings point at the Markdown line.
/// </summary>
internal static class SyntheticJson
{
    public static JsonObjectNode Object(List<JsonMember> members, SourceSpan span) => new(members, span, 0, 0);

    public static JsonMember Member(string name, JsonNode value) => new(name, value.Span, value);

    // Marked as escaped: offsets inside the value do not match columns of the cell.
    public static JsonStringNode String(string value, SourceSpan span) => new(value, true, span, 0, 0);

    public static JsonArrayNode Array(IReadOnlyList<JsonNode> items, SourceSpan span) => new(items, span, 0, 0);

    public static JsonBooleanNode Boolean(bool value, SourceSpan span) => new(value, span, 0, 0);

    public static JsonNumberNode Number(string literal, SourceSpan span) => new(literal, span, 0, 0);
}
