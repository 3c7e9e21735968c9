using System.Collections.Generic;

namespace Contracts.Tests.Conformance;

/// <summary>The suite files of the keywords generated validation supports (README, "What the generated code does"), per draft.</summary>
public static class SupportedKeywords
{
    public static readonly IReadOnlyList<(string Draft, string Keyword)> Files = Build();

    private static List<(string, string)> Build()
    {
        var files = new List<(string, string)>();
        foreach (var keyword in new[]
        {
            "type", "required", "properties", "additionalProperties", "items", "minimum", "maximum", "minLength", "maxLength",
            "pattern", "enum", "minItems", "maxItems", "uniqueItems", "allOf", "anyOf", "oneOf", "ref", "definitions", "default",
        })
        {
            files.Add(("draft4", keyword));
        }
        foreach (var keyword in new[]
        {
            "type", "required", "properties", "additionalProperties", "items", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "minLength", "maxLength", "pattern", "enum", "const", "minItems", "maxItems", "uniqueItems",
            "allOf", "anyOf", "oneOf", "ref", "defs", "default",
        })
        {
            files.Add(("draft2020-12", keyword));
        }
        return files;
    }
}
