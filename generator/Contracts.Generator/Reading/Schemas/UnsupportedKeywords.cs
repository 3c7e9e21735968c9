using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Validation keywords the generated code does not enforce. Each is reported once where it appears (CTR2005), so a
/// schema is never silently checked less than it says; their subschemas are not read.
/// </summary>
internal static class UnsupportedKeywords
{
    private static readonly string[] Keywords =
    {
        "not", "multipleOf",
        "patternProperties", "propertyNames", "dependentSchemas", "dependentRequired", "dependencies",
        "minProperties", "maxProperties", "unevaluatedProperties",
        "prefixItems", "additionalItems", "contains", "minContains", "maxContains", "unevaluatedItems",
        "$dynamicRef", "$recursiveRef",
    };

    // if/then/else only mean something together: one warning for the group.
    private static readonly string[] Conditional = { "if", "then", "else" };

    public static void Report(JsonObjectNode obj, string pointer, SchemaReporter report)
    {
        foreach (var keyword in Keywords)
        {
            if (obj.Find(keyword) is { } member) report.Unsupported(keyword, member.NameSpan, pointer);
        }
        foreach (var keyword in Conditional)
        {
            if (obj.Find(keyword) is not { } member) continue;
            report.Unsupported("if/then/else", member.NameSpan, pointer);
            break;
        }
        if (obj.Find("items") is { Value: JsonArrayNode } tuple) report.Unsupported("items (tuple form)", tuple.NameSpan, pointer);
    }
}
