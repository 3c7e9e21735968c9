using System;
using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Reads an object's properties in emission order: x-apifox-orders (where a ULID stands for an x-apifox-refs spread),
/// or else ascending x-order (Replicate's Cog schemas); then the rest in document order. The object's own property
/// wins over a spread one of the same name. Apifox's editor placeholders are dropped.
/// </summary>
internal sealed class PropertyReader
{
    private const int LinearLookupUpTo = 16;

    private readonly SchemaConverter _converter;
    private readonly SchemaReporter _report;
    private readonly KeywordReader _keywords;
    private readonly ApifoxRefSpreader _spreader;

    public PropertyReader(SchemaConverter converter, SchemaReporter report, KeywordReader keywords, ApifoxRefSpreader spreader)
    {
        _converter = converter;
        _report = report;
        _keywords = keywords;
        _spreader = spreader;
    }

    /// <param name="reportUndeclaredRequired">False where "required" may name members declared elsewhere (allOf); the merge reports those.</param>
    public EquatableArray<Property> Read(JsonObjectNode obj, string pointer, int depth, bool reportUndeclaredRequired = true)
    {
        var own = ReadOwn(obj, pointer, depth);
        var requiredNames = _keywords.StringArray(obj, "required");
        var required = requiredNames.Count == 0 ? null : new HashSet<string>(requiredNames, StringComparer.Ordinal);
        var spreads = _spreader.Read(obj, pointer, depth);
        if (own.Count == 0 && spreads.Count == 0)
        {
            if (reportUndeclaredRequired) ReportUndeclaredRequired(obj, new HashSet<string>(StringComparer.Ordinal), pointer);
            return EquatableArray<Property>.Empty;
        }

        // Lookups by name only where orders or spreads need them; most objects have neither.
        var hasOrders = obj.Find("x-apifox-orders") is not null;
        Dictionary<string, Member>? ownByName = null;
        if (hasOrders || spreads.Count > 0)
        {
            ownByName = new Dictionary<string, Member>(StringComparer.Ordinal);
            foreach (var member in own) ownByName[member.Name] = member;
        }
        bool IsRequired(string name) => required is not null && required.Contains(name);

        var ordered = new List<Property>(own.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? spreadsPlaced = null;
        void PlaceOwn(Member member)
        {
            if (placed.Add(member.Name)) ordered.Add(new Property(member.Name, member.Schema, IsRequired(member.Name), member.Span));
        }
        void PlaceSpread(KeyValuePair<string, List<Property>> spread)
        {
            if (!(spreadsPlaced ??= new HashSet<string>(StringComparer.Ordinal)).Add(spread.Key)) return;
            foreach (var property in spread.Value)
            {
                if (ownByName!.ContainsKey(property.JsonName) || !placed.Add(property.JsonName)) continue;
                ordered.Add(IsRequired(property.JsonName) ? property with { Required = true } : property);
            }
        }

        if (hasOrders)
        {
            // ULIDs that name no x-apifox-refs entry are ignored.
            foreach (var name in _keywords.StringArray(obj, "x-apifox-orders"))
            {
                if (ownByName!.TryGetValue(name, out var member)) PlaceOwn(member);
                else if (spreads.FindIndex(s => s.Key == name) is var index and >= 0) PlaceSpread(spreads[index]);
            }
        }
        else
        {
            var byOrder = own.FindAll(m => m.Order is not null);
            // List.Sort is not stable: ties keep document order through the index.
            byOrder.Sort((a, b) => NumericText.TryCompare(a.Order!, b.Order!, out var order) && order != 0 ? order : a.Index.CompareTo(b.Index));
            foreach (var member in byOrder) PlaceOwn(member);
        }
        foreach (var member in own) PlaceOwn(member);
        foreach (var spread in spreads) PlaceSpread(spread);
        if (reportUndeclaredRequired) ReportUndeclaredRequired(obj, placed, pointer);
        return ordered.ToEquatableArray();
    }

    /// <summary>A required name no property declares has no member to check it against: say so (CTR2005) rather than drop it quietly.</summary>
    private void ReportUndeclaredRequired(JsonObjectNode obj, HashSet<string> placed, string pointer)
    {
        if (obj.Find("required") is not { } member) return;
        foreach (var name in KeywordReader.StringArrayQuietly(obj, "required"))
        {
            if (placed.Add(name)) _report.Unsupported($"required (\"{name}\", which no property declares)", member.NameSpan, pointer);
        }
    }

    /// <summary>The object's own members in document order; a duplicate name keeps the first position and the last schema.</summary>
    private List<Member> ReadOwn(JsonObjectNode obj, string pointer, int depth)
    {
        var members = new List<Member>();
        var node = obj.Get("properties");
        if (node is null) return members;
        if (node is not JsonObjectNode properties)
        {
            _report.Invalid("properties", node, "expected an object");
            return members;
        }
        var useXOrder = obj.Find("x-apifox-orders") is null;
        // A repeated name is rare: small objects look back through the list, only large ones keep a map.
        var indexByName = properties.Members.Count > LinearLookupUpTo ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        foreach (var member in properties.Members)
        {
            // Apifox's editor placeholders: not real properties.
            if (member.Value is JsonObjectNode child && child.Get("x-tmp-pending-properties") is JsonBooleanNode { Value: true }) continue;
            var schema = _converter.ConvertAt(member.Value, JsonPointer.Append(pointer, member.Name), depth + 1);
            var order = useXOrder ? XOrder(member.Value) : null;
            var index = indexByName is null ? IndexOf(members, member.Name) : indexByName.TryGetValue(member.Name, out var found) ? found : -1;
            if (index < 0)
            {
                indexByName?.Add(member.Name, members.Count);
                members.Add(new Member(member.Name, schema, member.NameSpan, order, members.Count));
            }
            else members[index] = members[index] with { Schema = schema, Span = member.NameSpan, Order = order ?? members[index].Order };
        }
        return members;
    }

    private static int IndexOf(List<Member> members, string name)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (string.Equals(members[i].Name, name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    private string? XOrder(JsonNode property)
    {
        if (property is not JsonObjectNode obj || obj.Get("x-order") is not { } node) return null;
        if (node is JsonNumberNode number) return number.Literal;
        _report.Invalid("x-order", node, "expected a number");
        return null;
    }

    private sealed record Member(string Name, Schema Schema, SourceSpan Span, string? Order, int Index);
}
