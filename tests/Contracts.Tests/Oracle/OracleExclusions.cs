using System.Linq;
using System.Text.Json.Nodes;

namespace Contracts.Tests.Oracle;

/// <summary>
/// Instances left out of the comparison because NJsonSchema departs from the JSON Schema spec on them. Each rule says why;
/// none is silent (README, Conformance), and the JSON Schema Test Suite checks the generated code on these shapes instead.
/// </summary>
public static class OracleExclusions
{
    public static bool Excludes(JsonObject schema, JsonNode? instance)
        => AstralCharacterUnderALengthLimit(schema, instance) || MaxItemsZero(schema);

    /// <summary>NJsonSchema keeps maxItems as an int whose 0 means "no limit", so "maxItems": 0 is not enforced there.</summary>
    private static bool MaxItemsZero(JsonObject schema) => schema.ToJsonString().Contains("\"maxItems\":0", System.StringComparison.Ordinal);

    /// <summary>
    /// NJsonSchema counts minLength/maxLength in UTF-16 code units; the spec counts code points, as the generated code does
    /// (the suite's "one grapheme is not long enough" cases cover it). So a string with a character outside the BMP is
    /// left out where its schema limits the length.
    /// </summary>
    private static bool AstralCharacterUnderALengthLimit(JsonNode? schema, JsonNode? instance)
    {
        if (schema is not JsonObject rules) return false;
        switch (instance)
        {
            case JsonValue value when value.TryGetValue<string>(out var text):
                return (rules["minLength"] is not null || rules["maxLength"] is not null) && text.Any(char.IsSurrogate);
            case JsonArray array:
                return array.Any(item => AstralCharacterUnderALengthLimit(rules["items"], item));
            case JsonObject obj:
                return obj.Any(member => AstralCharacterUnderALengthLimit(rules["properties"]?[member.Key] ?? rules["additionalProperties"], member.Value));
            default:
                return false;
        }
    }
}
