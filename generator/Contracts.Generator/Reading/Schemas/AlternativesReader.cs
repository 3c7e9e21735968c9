using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Reads oneOf/anyOf into <see cref="Schema.Alternatives"/>. Two idioms collapse instead: "X or null" becomes a nullable
/// X, and alternatives of one primitive type become that type when nothing is lost.
/// </summary>
internal sealed class AlternativesReader
{
    private static readonly string[] Structural = { "$ref", "properties", "items", "allOf", "oneOf", "anyOf" };

    private readonly SchemaConverter _converter;
    private readonly SchemaReporter _report;
    private readonly AllOfReader _allOf;
    private readonly DiscriminatorReader _discriminators;

    public AlternativesReader(SchemaConverter converter, SchemaReporter report, AllOfReader allOf, DiscriminatorReader discriminators)
    {
        _converter = converter;
        _report = report;
        _allOf = allOf;
        _discriminators = discriminators;
    }

    /// <param name="site">The schema of the keywords beside oneOf/anyOf (allOf already merged in).</param>
    public Schema Read(JsonObjectNode obj, Schema site, string pointer, int depth)
    {
        var oneOf = obj.Find("oneOf");
        var anyOf = obj.Find("anyOf");
        var member = oneOf ?? anyOf;
        if (member is null)
        {
            // OpenAPI also puts a discriminator on a base schema that subtypes extend through allOf; that dispatch is not generated.
            if (obj.Find("discriminator") is { } alone) _report.Unsupported("discriminator (without oneOf or anyOf)", alone.NameSpan, pointer);
            return site;
        }
        if (oneOf is not null && anyOf is not null) _report.Unsupported("anyOf (beside oneOf)", anyOf.NameSpan, pointer);
        if (member.Value is not JsonArrayNode { Items.Count: > 0 } items)
        {
            _report.Invalid(member.Name, member.Value, "expected a non-empty array of schemas");
            return site;
        }

        var nullAllowed = false;
        var alternatives = new List<Schema>();
        var nodes = new List<JsonNode>();
        foreach (var item in items.Items)
        {
            if (IsNullOnly(item))
            {
                nullAllowed = true;
                continue;
            }
            alternatives.Add(_converter.ConvertAt(item, pointer, depth + 1));
            nodes.Add(item);
        }

        if (alternatives.Count == 0)
        {
            // Null and nothing else, with no type beside: held as any JSON, like type "null" (CTR2001).
            if (site.Type == SchemaType.Any) _report.Report(Diagnostics.DiagnosticId.NullOnlyType, member.NameSpan, JsonPointer.Display(pointer));
            return site with { Nullable = true };
        }
        if (alternatives.Count == 1)
        {
            var single = _allOf.Combine(obj, member, site, alternatives, nodes, pointer, depth);
            return single with { Nullable = single.Nullable || nullAllowed };
        }
        if (PrimitiveAlternatives.TryCollapse(alternatives) is { } primitive)
        {
            var collapsed = SchemaMerge.WithDocumentationOf(SchemaMerge.Merge(site, primitive, new MergeConflicts()), site);
            return collapsed with { Nullable = site.Nullable || nullAllowed || primitive.Nullable, Span = site.Span };
        }
        // The alternatives carry the types; the outer type stays what the site says (usually any), so a reader that
        // ignores alternatives still holds every value.
        return site with
        {
            Alternatives = alternatives.ToEquatableArray(),
            AlternativesFromAnyOf = member == anyOf,
            Discriminator = _discriminators.Read(obj, alternatives, pointer),
            Nullable = site.Nullable || nullAllowed,
        };
    }

    /// <summary>An alternative that admits only null: <c>{"type": "null"}</c>, <c>{"enum": [null]}</c>, <c>{"const": null}</c>.</summary>
    private static bool IsNullOnly(JsonNode node)
    {
        if (node is not JsonObjectNode obj) return false;
        foreach (var structural in Structural)
        {
            if (obj.Find(structural) is not null) return false;
        }
        var type = obj.Get("type");
        var typeSaysNull = type is JsonStringNode { Value: "null" }
            || (type is JsonArrayNode { Items.Count: 1 } one && one.Items[0] is JsonStringNode { Value: "null" });
        var valuesSayNull = (obj.Get("enum") is JsonArrayNode { Items.Count: > 0 } values && AllNull(values)) || obj.Get("const") is JsonNullNode;
        return (typeSaysNull && (obj.Get("enum") is null || valuesSayNull)) || (type is null && valuesSayNull);
    }

    private static bool AllNull(JsonArrayNode values)
    {
        foreach (var value in values.Items)
        {
            if (value is not JsonNullNode) return false;
        }
        return true;
    }
}
