using System;
using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Merges allOf parts, and the keywords beside them, into one schema. Parts that are "$ref"s are merged through the
/// named schema's content; a part that cannot be looked up (a cycle) is skipped with CTR2005.
/// </summary>
internal sealed class AllOfReader
{
    private readonly SchemaConverter _converter;
    private readonly SchemaReporter _report;
    private readonly ReferenceLookup _lookup;

    public AllOfReader(SchemaConverter converter, SchemaReporter report, ReferenceLookup lookup)
    {
        _converter = converter;
        _report = report;
        _lookup = lookup;
    }

    /// <param name="site">The keywords beside "allOf", already converted.</param>
    public Schema Read(JsonObjectNode obj, JsonMember allOf, Schema site, string pointer, int depth)
    {
        if (allOf.Value is not JsonArrayNode { Items.Count: > 0 } items)
        {
            _report.Invalid("allOf", allOf.Value, "expected a non-empty array of schemas");
            return site;
        }
        var parts = new List<Schema>(items.Items.Count);
        foreach (var item in items.Items) parts.Add(_converter.ConvertAt(item, pointer, depth + 1, allOfPart: true));
        return Combine(obj, allOf, site, parts, items.Items, pointer, depth);
    }

    /// <summary>The site and its parts as one schema; also how oneOf/anyOf with a single real alternative collapse.</summary>
    /// <param name="keyword">The allOf/oneOf/anyOf member, for messages.</param>
    public Schema Combine(JsonObjectNode obj, JsonMember keyword, Schema site, IReadOnlyList<Schema> parts, IReadOnlyList<JsonNode> partNodes, string pointer, int depth)
    {
        // "allOf: [{$ref}]" beside a description or nullable is the usual way to document a reference site.
        if (parts.Count == 1 && parts[0].Reference is not null && SchemaMerge.IsDocumentationOnly(site)) return ReferenceSite(parts[0], site);

        var required = new HashSet<string>(KeywordReader.StringArrayQuietly(obj, "required"), StringComparer.Ordinal);
        var conflicts = new MergeConflicts();
        var restricting = new List<(Schema, SourceSpan)> { (site, AdditionalPropertiesSpan(obj)) };
        Schema? merged = null;
        var typedParts = 0;
        var nullableParts = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var content = parts[i];
            if (parts[i].Reference is { } key)
            {
                if (_lookup.Content(key, depth) is not { } target)
                {
                    _report.Unsupported($"{keyword.Name} part \"{ReferenceText(partNodes[i], key)}\" (a reference cycle)", partNodes[i].Span, pointer);
                    // One part only: the reference itself is the best we have.
                    if (parts.Count == 1) return ReferenceSite(parts[0], site);
                    continue;
                }
                content = target with { Nullable = target.Nullable || parts[i].Nullable, NameHint = null, Span = parts[i].Span };
            }
            else
            {
                foreach (var name in KeywordReader.StringArrayQuietly(partNodes[i], "required")) required.Add(name);
            }
            if (content.Type != SchemaType.Any || content.Types != SchemaTypeSet.None)
            {
                typedParts++;
                if (content.Nullable) nullableParts++;
            }
            restricting.Add((content, AdditionalPropertiesSpan(partNodes[i])));
            merged = merged is null ? content : SchemaMerge.Merge(merged, content, conflicts);
        }

        // The site's own keywords come last, so its members follow the parts' and replace theirs.
        merged = merged is null ? site : SchemaMerge.Merge(merged, site, conflicts);
        merged = SchemaMerge.WithDocumentationOf(merged, site);
        if (conflicts.Type is { } types) _report.Invalid(keyword.Name, keyword.Value, $"the parts disagree on the type ({types}); the first is used");
        if (conflicts.SecondPattern) _report.Unsupported($"pattern (a second one, from {keyword.Name})", keyword.NameSpan, pointer);

        // An explicit "nullable" at the site is what its author meant; otherwise null passes only if every typed part lets it.
        var nullable = site.Nullable || (site.Type == SchemaType.Any && typedParts > 0 && nullableParts == typedParts);
        var properties = new List<Property>(merged.Properties.Count);
        foreach (var property in merged.Properties) properties.Add(required.Contains(property.JsonName) ? property with { Required = true } : property);
        foreach (var name in required)
        {
            // As for a single schema (PropertyReader): a required name with no member cannot be checked.
            if (keyword.Name == "allOf" && !properties.Exists(p => p.JsonName == name)) _report.Unsupported($"required (\"{name}\", which no property declares)", keyword.NameSpan, pointer);
        }
        merged = merged with { Nullable = nullable, Properties = properties.ToEquatableArray(), Span = site.Span };
        MergedAdditionalProperties.Report(restricting, merged, keyword.Name, pointer, _report);
        return merged;
    }

    /// <summary>Where a schema node's additionalProperties is written; a "$ref" part's is in its target, so the part itself.</summary>
    private static SourceSpan AdditionalPropertiesSpan(JsonNode node)
        => node is JsonObjectNode obj && obj.Find("additionalProperties") is { } member ? member.NameSpan : node.Span;

    private static Schema ReferenceSite(Schema reference, Schema site) => reference with
    {
        Title = site.Title ?? reference.Title,
        Description = site.Description ?? reference.Description,
        Nullable = reference.Nullable || site.Nullable,
        Span = site.Span,
    };

    private static string ReferenceText(JsonNode part, string key) => part is JsonObjectNode obj && obj.Get("$ref") is JsonStringNode text ? text.Value : key;
}
