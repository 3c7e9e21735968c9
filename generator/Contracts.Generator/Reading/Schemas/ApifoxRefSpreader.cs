using System;
using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Apifox's x-apifox-refs: <c>{"&lt;ULID&gt;": {"$ref", "x-apifox-overrides": {name: schema or null}, "x-apifox-ignore-properties": [names], "required": [names]}}</c>
/// spreads a named schema's properties into the object. Overrides replace (null removes) and ignored names are dropped;
/// both may also sit on the object itself (or beside the ULID entries), applying to every spread. The caller places
/// each spread where its ULID stands in x-apifox-orders.
/// </summary>
internal sealed class ApifoxRefSpreader
{
    private const string RefsKeyword = "x-apifox-refs";
    private const string OverridesKeyword = "x-apifox-overrides";
    private const string IgnoreKeyword = "x-apifox-ignore-properties";

    private readonly SchemaConverter _converter;
    private readonly SchemaReporter _report;
    private readonly KeywordReader _keywords;
    private readonly ReferenceLookup _lookup;

    public ApifoxRefSpreader(SchemaConverter converter, SchemaReporter report, KeywordReader keywords, ReferenceLookup lookup)
    {
        _converter = converter;
        _report = report;
        _keywords = keywords;
        _lookup = lookup;
    }

    /// <summary>Each usable entry's properties, keyed by its ULID, in x-apifox-refs order.</summary>
    public List<KeyValuePair<string, List<Property>>> Read(JsonObjectNode obj, string pointer, int depth)
    {
        var spreads = new List<KeyValuePair<string, List<Property>>>();
        var node = obj.Get(RefsKeyword);
        if (node is null) return spreads;
        if (node is not JsonObjectNode refs)
        {
            _report.Invalid(RefsKeyword, node, "expected an object of ULID → {\"$ref\"}");
            return spreads;
        }

        var sharedIgnored = new HashSet<string>(_keywords.StringArray(obj, IgnoreKeyword), StringComparer.Ordinal);
        foreach (var name in _keywords.StringArray(refs, IgnoreKeyword)) sharedIgnored.Add(name);
        var sharedOverrides = Overrides(obj, pointer, depth);
        sharedOverrides.AddRange(Overrides(refs, pointer, depth));

        foreach (var member in refs.Members)
        {
            if (member.Name is OverridesKeyword or IgnoreKeyword) continue;
            if (member.Value is not JsonObjectNode entry || entry.Get("$ref") is not JsonStringNode reference)
            {
                _report.Invalid(RefsKeyword, member.Value, "expected an object with a \"$ref\"");
                continue;
            }
            if (_lookup.ResolveKey(reference.Value) is not { } key)
            {
                _report.Report(DiagnosticId.UnresolvedReference, reference.Span, reference.Value, JsonPointer.Display(pointer));
                continue;
            }
            if (_lookup.Content(key, depth) is not { } target)
            {
                _report.Unsupported($"{RefsKeyword} entry \"{reference.Value}\" (a reference cycle)", member.NameSpan, pointer);
                continue;
            }
            if (target.Type is not (SchemaType.Object or SchemaType.Any))
            {
                _report.Invalid(RefsKeyword, reference, "the referenced schema is not an object, so it has no properties to spread");
                continue;
            }

            var ignored = new HashSet<string>(sharedIgnored, StringComparer.Ordinal);
            foreach (var name in _keywords.StringArray(entry, IgnoreKeyword)) ignored.Add(name);
            var overrides = Overrides(entry, pointer, depth);
            overrides.AddRange(sharedOverrides);
            var required = new HashSet<string>(_keywords.StringArray(entry, "required"), StringComparer.Ordinal);
            spreads.Add(new KeyValuePair<string, List<Property>>(member.Name, Spread(target, ignored, overrides, required)));
        }
        return spreads;
    }

    private static List<Property> Spread(Schema target, HashSet<string> ignored, List<Override> overrides, HashSet<string> required)
    {
        var properties = new List<Property>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in target.Properties)
        {
            if (ignored.Contains(property.JsonName)) continue;
            var isRequired = property.Required || required.Contains(property.JsonName);
            // The entry's own overrides come first in the list, so they win over shared ones.
            var replacement = overrides.Find(o => string.Equals(o.Name, property.JsonName, StringComparison.Ordinal));
            if (replacement is null) properties.Add(property with { Required = isRequired });
            else if (replacement.Schema is { } schema) properties.Add(new Property(property.JsonName, schema, isRequired, replacement.Span));
            used.Add(property.JsonName);
        }
        // An override of a name the target lacks adds that property.
        foreach (var extra in overrides)
        {
            if (extra.Schema is null || ignored.Contains(extra.Name) || !used.Add(extra.Name)) continue;
            properties.Add(new Property(extra.Name, extra.Schema, required.Contains(extra.Name), extra.Span));
        }
        return properties;
    }

    private List<Override> Overrides(JsonObjectNode owner, string pointer, int depth)
    {
        var result = new List<Override>();
        switch (owner.Get(OverridesKeyword))
        {
            case null:
                break;
            case JsonObjectNode overrides:
                foreach (var member in overrides.Members)
                {
                    if (member.Value is JsonNullNode) result.Add(new Override(member.Name, null, member.NameSpan));
                    else if (member.Value is JsonObjectNode or JsonBooleanNode)
                        result.Add(new Override(member.Name, _converter.ConvertAt(member.Value, JsonPointer.Append(pointer, member.Name), depth + 1), member.NameSpan));
                    else _report.Invalid(OverridesKeyword, member.Value, "expected a schema, or null to remove the property");
                }
                break;
            case var other:
                _report.Invalid(OverridesKeyword, other, "expected an object of property → schema or null");
                break;
        }
        return result;
    }

    /// <summary>A property replaced by <see cref="Schema"/>, or removed when it is null.</summary>
    private sealed record Override(string Name, Schema? Schema, SourceSpan Span);
}
