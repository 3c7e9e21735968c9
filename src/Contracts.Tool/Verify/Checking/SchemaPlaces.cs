using System;
using Contracts.Generator.Model;
using Contracts.Generator.Planning;
using Contracts.Generator.Reading;

namespace Contracts.Tool.Verify.Checking;

/// <summary>
/// Finds, for a violation's JSON Pointer, the schema in the file that states the broken rule: the pointer is followed
/// through members, items, extra members and references as far as the schema declares them.
/// </summary>
internal static class SchemaPlaces
{
    public static SchemaPlace Find(Schema root, SchemaLookup lookup, string pointer, string keyword, SourceSpan fallback)
    {
        var schema = lookup.Resolve(root);
        var span = Best(root.Span, schema.Span, fallback);
        if (pointer.Length > 0)
        {
            foreach (var token in pointer.Substring(1).Split('/'))
            {
                var name = JsonPointer.UnescapeToken(token);
                Schema? next = null;
                var nextSpan = SourceSpan.None;
                foreach (var property in schema.Properties)
                {
                    if (!string.Equals(property.JsonName, name, StringComparison.Ordinal)) continue;
                    next = property.Schema;
                    nextSpan = Best(property.Schema.Span, property.Span, SourceSpan.None);
                    break;
                }
                if (next is null && schema.Items is { } items && int.TryParse(name, out _)) next = items;
                next ??= schema.AdditionalProperties;
                if (next is null) break;
                schema = lookup.Resolve(next);
                span = Best(nextSpan, next.Span, Best(schema.Span, span, span));
            }
        }
        var origin = OriginOf(schema.Constraints, keyword);
        // A limit stated in prose is shown at the description that states it.
        if (origin == ConstraintOrigin.Prose && schema.DescriptionSpan != SourceSpan.None) span = schema.DescriptionSpan;
        return new SchemaPlace(span, origin);
    }

    private static ConstraintOrigin OriginOf(Constraints constraints, string keyword) => keyword switch
    {
        "minimum" or "exclusiveMinimum" => constraints.Minimum?.Origin ?? ConstraintOrigin.Keyword,
        "maximum" or "exclusiveMaximum" => constraints.Maximum?.Origin ?? ConstraintOrigin.Keyword,
        "enum" => constraints.AllowedValuesOrigin,
        _ => ConstraintOrigin.Keyword,
    };

    private static SourceSpan Best(SourceSpan first, SourceSpan second, SourceSpan third)
        => first != SourceSpan.None ? first : second != SourceSpan.None ? second : third;
}
