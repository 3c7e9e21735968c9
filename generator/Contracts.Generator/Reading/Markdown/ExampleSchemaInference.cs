using System.Collections.Generic;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>
/// A schema guessed from an example, for bodies the export gives only as JSON: members from the example's members (none
/// required), item schema from the first item, whole numbers as integers, null as any JSON.
/// </summary>
internal static class ExampleSchemaInference
{
    public static JsonObjectNode Infer(JsonNode value)
    {
        var span = value.Span;
        var members = new List<JsonMember>();
        switch (value)
        {
            case JsonObjectNode obj:
                members.Add(Type("object", value));
                var properties = new List<JsonMember>();
                var seen = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (var member in obj.Members)
                {
                    if (seen.Add(member.Name)) properties.Add(new JsonMember(member.Name, member.NameSpan, Infer(member.Value)));
                }
                members.Add(SyntheticJson.Member("properties", SyntheticJson.Object(properties, span)));
                break;
            case JsonArrayNode array:
                members.Add(Type("array", value));
                if (array.Items.Count > 0) members.Add(SyntheticJson.Member("items", Infer(array.Items[0])));
                break;
            case JsonStringNode:
                members.Add(Type("string", value));
                break;
            case JsonNumberNode number:
                members.Add(Type(NumericText.IsIntegral(number.Literal) ? "integer" : "number", value));
                break;
            case JsonBooleanNode:
                members.Add(Type("boolean", value));
                break;
        }
        return SyntheticJson.Object(members, span);
    }

    private static JsonMember Type(string name, JsonNode value) => SyntheticJson.Member("type", SyntheticJson.String(name, value.Span));
}
