using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Reads a schema with "$ref": the reference is the truth. Siblings add only documentation and nullability; an inline
/// copy of the target beside it (Apifox v2ex exports) is compared with the target and reported when it differs.
/// </summary>
internal sealed class ReferenceSiteReader
{
    // Keywords that make the siblings a copy of the target rather than documentation of the site.
    private static readonly string[] CopyKeywords = { "properties", "items", "required", "additionalProperties", "enum", "const", "x-apifox-refs" };
    private static readonly string[] Composition = { "allOf", "oneOf", "anyOf" };
    // Limits beside "$ref": OpenAPI 3.1 (JSON Schema 2020-12) applies them too, so ignoring them must not be silent.
    private static readonly string[] Limits =
    {
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
    };

    private readonly SchemaConverter _converter;
    private readonly SchemaReporter _report;
    private readonly KeywordReader _keywords;
    private readonly TypeReader _types;
    private readonly ReferenceLookup _lookup;

    public ReferenceSiteReader(SchemaConverter converter, SchemaReporter report, KeywordReader keywords, TypeReader types, ReferenceLookup lookup)
    {
        _converter = converter;
        _report = report;
        _keywords = keywords;
        _types = types;
        _lookup = lookup;
    }

    public Schema Read(JsonObjectNode obj, JsonMember referenceMember, JsonStringNode reference, string pointer, int depth)
    {
        var site = new Schema
        {
            Title = _keywords.Text(obj, "title"),
            Description = _keywords.Text(obj, "description"),
            Deprecated = obj.Get("deprecated") is JsonBooleanNode { Value: true },
            Span = obj.Span,
        };
        _types.Read(obj, pointer, out var nullable);
        site = site with { Nullable = nullable };
        foreach (var keyword in Composition)
        {
            if (obj.Find(keyword) is { } member) _report.Unsupported(keyword + " (beside $ref)", member.NameSpan, pointer);
        }
        foreach (var keyword in Limits)
        {
            if (obj.Find(keyword) is { } member) _report.Unsupported(keyword + " (beside $ref)", member.NameSpan, pointer);
        }

        if (_lookup.ResolveKey(reference.Value) is not { } key)
        {
            _report.Report(DiagnosticId.UnresolvedReference, reference.Span, reference.Value, JsonPointer.Display(pointer));
            return site;
        }
        if (HasCopy(obj) && _lookup.Content(key, depth) is { } target)
        {
            var copy = _converter.Quiet().ConvertAt(WithoutReference(obj), pointer, depth);
            if (InlineCopyComparer.FirstDifference(target, copy, k => _lookup.Content(k, depth)) is { } difference)
                _report.Report(DiagnosticId.InlineCopyDiffers, referenceMember.NameSpan, reference.Value, difference);
        }
        return site with { Reference = key };
    }

    private static bool HasCopy(JsonObjectNode obj)
    {
        foreach (var keyword in CopyKeywords)
        {
            if (obj.Find(keyword) is not null) return true;
        }
        return false;
    }

    private static JsonObjectNode WithoutReference(JsonObjectNode obj)
    {
        var members = new System.Collections.Generic.List<JsonMember>(obj.Members.Count);
        foreach (var member in obj.Members)
        {
            if (member.Name != "$ref") members.Add(member);
        }
        return new JsonObjectNode(members, obj.Span, obj.Start, obj.End);
    }
}
