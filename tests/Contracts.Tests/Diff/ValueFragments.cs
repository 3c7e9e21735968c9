using System.Collections.Generic;

namespace Contracts.Tests.Diff;

/// <summary>
/// A before/after schema pair for each value-rule suffix. Each is placed as a query parameter, a request member and a
/// response member, so one pair tests the suffix's three rules. <see cref="Schemas"/> are the named schemas they use.
/// </summary>
internal static class ValueFragments
{
    public const string Schemas = """
        {
          "A": {"type": "object", "properties": {"kind": {"type": "string"}, "type": {"type": "string"}, "a": {"type": "string"}}},
          "B": {"type": "object", "properties": {"kind": {"type": "string"}, "type": {"type": "string"}, "b": {"type": "string"}}},
          "C": {"type": "object", "properties": {"kind": {"type": "string"}, "type": {"type": "string"}, "c": {"type": "string"}}}
        }
        """;

    private const string Int = "\"type\": \"integer\"";
    private const string Str = "\"type\": \"string\"";
    private const string StrArray = "\"type\": \"array\", \"items\": {\"type\": \"string\"}";
    private const string Object = "\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}";
    private const string TwoAlternatives = "[{\"$ref\": \"#/components/schemas/A\"}, {\"$ref\": \"#/components/schemas/B\"}]";
    private const string ThreeAlternatives = "[{\"$ref\": \"#/components/schemas/A\"}, {\"$ref\": \"#/components/schemas/B\"}, {\"$ref\": \"#/components/schemas/C\"}]";

    private static (string, string) Pair(string before, string after) => ("{" + before + "}", "{" + after + "}");

    public static readonly IReadOnlyDictionary<string, (string Before, string After)> BySuffix = new Dictionary<string, (string, string)>
    {
        ["type-changed"] = Pair(Int, Str),
        ["type-widened"] = Pair(Int, "\"type\": \"number\""),
        ["type-narrowed"] = Pair("\"type\": \"number\"", Int),
        ["format-added"] = Pair(Str, Str + ", \"format\": \"date-time\""),
        ["format-removed"] = Pair(Str + ", \"format\": \"date-time\"", Str),
        ["format-changed"] = Pair(Str + ", \"format\": \"date-time\"", Str + ", \"format\": \"date\""),
        ["became-nullable"] = Pair(Str, Str + ", \"nullable\": true"),
        ["became-non-nullable"] = Pair(Str + ", \"nullable\": true", Str),
        ["maximum-decreased"] = Pair(Int + ", \"maximum\": 8", Int + ", \"maximum\": 6"),
        ["maximum-increased"] = Pair(Int + ", \"maximum\": 6", Int + ", \"maximum\": 8"),
        ["maximum-added"] = Pair(Int, Int + ", \"maximum\": 6"),
        ["maximum-removed"] = Pair(Int + ", \"maximum\": 8", Int),
        ["minimum-increased"] = Pair(Int + ", \"minimum\": 1", Int + ", \"minimum\": 2"),
        ["minimum-decreased"] = Pair(Int + ", \"minimum\": 2", Int + ", \"minimum\": 1"),
        ["minimum-added"] = Pair(Int, Int + ", \"minimum\": 2"),
        ["minimum-removed"] = Pair(Int + ", \"minimum\": 1", Int),
        ["max-length-decreased"] = Pair(Str + ", \"maxLength\": 120", Str + ", \"maxLength\": 64"),
        ["max-length-increased"] = Pair(Str + ", \"maxLength\": 64", Str + ", \"maxLength\": 120"),
        ["max-length-added"] = Pair(Str, Str + ", \"maxLength\": 64"),
        ["max-length-removed"] = Pair(Str + ", \"maxLength\": 120", Str),
        ["min-length-increased"] = Pair(Str + ", \"minLength\": 1", Str + ", \"minLength\": 3"),
        ["min-length-decreased"] = Pair(Str + ", \"minLength\": 3", Str + ", \"minLength\": 1"),
        ["min-length-added"] = Pair(Str, Str + ", \"minLength\": 3"),
        ["min-length-removed"] = Pair(Str + ", \"minLength\": 1", Str),
        ["max-items-decreased"] = Pair(StrArray + ", \"maxItems\": 10", StrArray + ", \"maxItems\": 5"),
        ["max-items-increased"] = Pair(StrArray + ", \"maxItems\": 5", StrArray + ", \"maxItems\": 10"),
        ["max-items-added"] = Pair(StrArray, StrArray + ", \"maxItems\": 5"),
        ["max-items-removed"] = Pair(StrArray + ", \"maxItems\": 10", StrArray),
        ["min-items-increased"] = Pair(StrArray + ", \"minItems\": 1", StrArray + ", \"minItems\": 2"),
        ["min-items-decreased"] = Pair(StrArray + ", \"minItems\": 2", StrArray + ", \"minItems\": 1"),
        ["min-items-added"] = Pair(StrArray, StrArray + ", \"minItems\": 1"),
        ["min-items-removed"] = Pair(StrArray + ", \"minItems\": 1", StrArray),
        ["pattern-changed"] = Pair(Str + ", \"pattern\": \"^[a-z]+$\"", Str + ", \"pattern\": \"^[a-z0-9]+$\""),
        ["pattern-added"] = Pair(Str, Str + ", \"pattern\": \"^[a-z]+$\""),
        ["pattern-removed"] = Pair(Str + ", \"pattern\": \"^[a-z]+$\"", Str),
        ["unique-items-added"] = Pair(StrArray, StrArray + ", \"uniqueItems\": true"),
        ["unique-items-removed"] = Pair(StrArray + ", \"uniqueItems\": true", StrArray),
        ["extra-members-forbidden"] = Pair(Object, Object + ", \"additionalProperties\": false"),
        ["extra-members-allowed"] = Pair(Object + ", \"additionalProperties\": false", Object),
        ["exclusive-alternatives-added"] = Pair("\"anyOf\": " + TwoAlternatives, "\"oneOf\": " + TwoAlternatives),
        ["exclusive-alternatives-removed"] = Pair("\"oneOf\": " + TwoAlternatives, "\"anyOf\": " + TwoAlternatives),
        ["enum-value-added"] = Pair(Str + ", \"enum\": [\"a\", \"b\"]", Str + ", \"enum\": [\"a\", \"b\", \"c\"]"),
        ["enum-value-removed"] = Pair(Str + ", \"enum\": [\"a\", \"b\", \"c\"]", Str + ", \"enum\": [\"a\", \"b\"]"),
        ["enum-added"] = Pair(Str, Str + ", \"enum\": [\"a\", \"b\"]"),
        ["enum-removed"] = Pair(Str + ", \"enum\": [\"a\", \"b\"]", Str),
        ["const-added"] = Pair(Str, Str + ", \"const\": \"v1\""),
        ["const-removed"] = Pair(Str + ", \"const\": \"v1\"", Str),
        ["const-changed"] = Pair(Str + ", \"const\": \"v1\"", Str + ", \"const\": \"v2\""),
        ["default-changed"] = Pair(Int + ", \"default\": 1", Int + ", \"default\": 2"),
        ["default-added"] = Pair(Int, Int + ", \"default\": 1"),
        ["default-removed"] = Pair(Int + ", \"default\": 1", Int),
        ["alternative-added"] = Pair("\"oneOf\": " + TwoAlternatives, "\"oneOf\": " + ThreeAlternatives),
        ["alternative-removed"] = Pair("\"oneOf\": " + ThreeAlternatives, "\"oneOf\": " + TwoAlternatives),
        ["discriminator-changed"] = Pair("\"oneOf\": " + TwoAlternatives + ", \"discriminator\": {\"propertyName\": \"kind\"}",
            "\"oneOf\": " + TwoAlternatives + ", \"discriminator\": {\"propertyName\": \"type\"}"),
        ["description-changed"] = Pair(Str + ", \"description\": \"Count\"", Str + ", \"description\": \"How many\""),
        ["title-changed"] = Pair(Str + ", \"title\": \"Pet\"", Str + ", \"title\": \"Animal\""),
        ["enum-documentation-changed"] = Pair(
            Str + ", \"enum\": [\"a\", \"b\"], \"x-apifox-enum\": [{\"value\": \"a\", \"name\": \"Alpha\"}, {\"value\": \"b\", \"name\": \"Beta\"}]",
            Str + ", \"enum\": [\"a\", \"b\"], \"x-apifox-enum\": [{\"value\": \"a\", \"name\": \"First\"}, {\"value\": \"b\", \"name\": \"Beta\"}]"),
    };
}
