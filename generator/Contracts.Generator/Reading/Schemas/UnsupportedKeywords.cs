using System;
using System.Collections.Generic;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Validation keywords the generated code does not enforce. Each is reported once where it appears (CTR2005), in
/// document order, so a schema is never silently checked less than it says; their subschemas are not read.
/// </summary>
internal static class UnsupportedKeywords
{
    private const string Conditional = "if/then/else";

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "not", "multipleOf",
        "patternProperties", "propertyNames", "dependentSchemas", "dependentRequired", "dependencies",
        "minProperties", "maxProperties", "unevaluatedProperties",
        "prefixItems", "additionalItems", "contains", "minContains", "maxContains", "unevaluatedItems",
        "$dynamicRef", "$recursiveRef",
    };

    public static void Report(JsonObjectNode obj, string pointer, SchemaReporter report)
    {
        // Nearly every schema has none: the set of those reported is made at the first.
        HashSet<string>? reported = null;
        var members = obj.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var keyword = member.Name switch
            {
                // if/then/else only mean something together: one warning for the group.
                "if" or "then" or "else" => Conditional,
                "items" when member.Value is JsonArrayNode => "items (tuple form)",
                var name when Keywords.Contains(name) => name,
                _ => null,
            };
            if (keyword is not null && (reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(keyword)) report.Unsupported(keyword, member.NameSpan, pointer);
        }
    }
}
