using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;
using Contracts.Generator.Reading.Schemas;

namespace Contracts.Generator.Reading;

/// <summary>
/// Turns a located JSON Schema (Apifox dialect, OpenAPI quirks) into the model's <see cref="Schema"/>, merging prose from
/// descriptions. Shared by every reader. The parts live in Reading/Schemas; this class decides their order. Unusable
/// keyword values become CTR2006 and are ignored; keywords that are not enforced become CTR2005.
/// </summary>
internal sealed class SchemaConverter
{
    private readonly SchemaReporter _report;
    private readonly ReferenceLookup _lookup;
    private readonly ProseConstraintMerger _prose;
    private readonly KeywordReader _keywords;
    private readonly TypeReader _types;
    private readonly ConstraintReader _constraints;
    private readonly EnumMemberReader _enumMembers;
    private readonly PropertyReader _properties;
    private readonly ReferenceSiteReader _referenceSites;
    private readonly AllOfReader _allOf;
    private readonly AlternativesReader _alternatives;
    private readonly DefaultCheck _defaults;

    public SchemaConverter(string filePath, List<DiagnosticInfo> diagnostics, ISchemaReferenceResolver? references = null)
        : this(new SchemaReporter(filePath, diagnostics), new ReferenceLookup(references))
    {
    }

    private SchemaConverter(SchemaReporter report, ReferenceLookup lookup)
    {
        _report = report;
        _lookup = lookup;
        _prose = new ProseConstraintMerger(report.FilePath, report.Diagnostics);
        _keywords = new KeywordReader(report);
        _types = new TypeReader(report);
        _constraints = new ConstraintReader(report, _keywords);
        _enumMembers = new EnumMemberReader(report);
        _properties = new PropertyReader(this, report, _keywords, new ApifoxRefSpreader(this, report, _keywords, lookup));
        _referenceSites = new ReferenceSiteReader(this, report, _keywords, _types, lookup);
        _allOf = new AllOfReader(this, report, lookup);
        _alternatives = new AlternativesReader(this, report, _allOf, new DiscriminatorReader(report, lookup));
        _defaults = new DefaultCheck(report);
    }

    /// <param name="node">The schema node.</param>
    /// <param name="pointer">Instance JSON Pointer of the value this schema describes ("" for a body's root).</param>
    public Schema Convert(JsonNode node, string pointer = "") => ConvertAt(node, pointer, _lookup.AmbientDepth);

    /// <summary>Merges what <paramref name="description"/> states into a schema built elsewhere (e.g. a form field).</summary>
    public Schema ApplyProse(Schema schema, JsonStringNode? description)
        => description is null || description.Value.Length == 0 ? schema : _prose.Merge(schema, description);

    /// <summary>A converter sharing this one's lookups whose findings go nowhere: for inline copies that are compared, not used.</summary>
    internal SchemaConverter Quiet() => new(new SchemaReporter(_report.FilePath, new List<DiagnosticInfo>()), _lookup);

    /// <summary>
    /// Converts a subschema. <paramref name="depth"/> counts nesting, including nesting through named-schema lookups, so
    /// the recursion stays bounded even across long chains of references.
    /// </summary>
    /// <param name="allOfPart">True for a part of allOf, whose "required" may name another part's properties.</param>
    internal Schema ConvertAt(JsonNode node, string pointer, int depth, bool allOfPart = false)
    {
        if (node is JsonBooleanNode flag)
        {
            // true is any JSON; false (nothing is valid) has no C# shape, so it must not pass silently.
            if (!flag.Value) _report.Unsupported("false (a schema nothing matches)", node.Span, pointer);
            return new Schema { Span = node.Span };
        }
        if (depth > LocatedJsonParser.MaxDepth)
        {
            _report.Report(DiagnosticId.NestingTooDeep, node.Span, "schema at " + JsonPointer.Display(pointer), LocatedJsonParser.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new Schema { Span = node.Span };
        }
        if (node is not JsonObjectNode obj)
        {
            _report.Invalid("schema", node, "a schema must be an object");
            return new Schema { Span = node.Span };
        }

        UnsupportedKeywords.Report(obj, pointer, _report);
        if (obj.Find("$ref") is { } reference)
        {
            if (reference.Value is JsonStringNode target) return _referenceSites.Read(obj, reference, target, pointer, depth);
            _report.Invalid("$ref", reference.Value, "expected a string");
        }

        var schema = ReadOwnKeywords(obj, pointer, depth, reportUndeclaredRequired: !allOfPart && obj.Find("allOf") is null);
        if (obj.Find("allOf") is { } allOf) schema = _allOf.Read(obj, allOf, schema, pointer, depth);
        schema = _alternatives.Read(obj, schema, pointer, depth);

        // Reported once, where the schema is complete: an allOf part is typed by its siblings, if any of them has a type.
        if (schema.TypeInferred && !allOfPart) _report.TypeInferredFromShape(obj, schema.Type, pointer);

        // Prose belongs to the site's own description; a reference site carries documentation only.
        var description = obj.Get("description") as JsonStringNode;
        if (schema.Reference is null && description is { Value.Length: > 0 } && schema.Description == description.Value) schema = ApplyProse(schema, description);

        // A part's default is checked with the whole it belongs to.
        return allOfPart ? schema : _defaults.Apply(obj, schema);
    }

    /// <summary>Everything but composition: type, members, items, constraints, enum documentation.</summary>
    private Schema ReadOwnKeywords(JsonObjectNode obj, string pointer, int depth, bool reportUndeclaredRequired)
    {
        var type = _types.Read(obj, pointer, out var nullable, out var several);
        var properties = _properties.Read(obj, pointer, depth, reportUndeclaredRequired);
        var items = ReadItems(obj, pointer, depth);
        var (allowsAdditional, additional) = ReadAdditionalProperties(obj, pointer, depth);
        var constraints = _constraints.Read(obj);
        var enumMembers = _enumMembers.Read(obj, ref constraints);
        var shapeOnly = type is null && TypeReader.Shape(obj) is not null;
        type ??= TypeReader.Infer(obj, constraints, ref nullable);

        return new Schema
        {
            Type = type.Value,
            Types = several,
            TypeInferred = shapeOnly,
            Nullable = nullable,
            Format = _keywords.Text(obj, "format"),
            Title = _keywords.Text(obj, "title"),
            Description = _keywords.Text(obj, "description"),
            Default = obj.Get("default") is { } @default ? JsonCompactWriter.Write(@default) : null,
            DefaultOrigin = ConstraintOrigin.Keyword,
            Constraints = constraints,
            Properties = properties,
            Items = items,
            AdditionalProperties = additional,
            AllowsAdditionalProperties = allowsAdditional,
            EnumMembers = enumMembers,
            Deprecated = obj.Get("deprecated") is JsonBooleanNode { Value: true },
            Span = obj.Span,
            DescriptionSpan = obj.Get("description")?.Span ?? SourceSpan.None,
        };
    }

    private Schema? ReadItems(JsonObjectNode obj, string pointer, int depth)
    {
        switch (obj.Get("items"))
        {
            case null:
            case JsonArrayNode:
                // The tuple form is reported with the other unsupported keywords.
                return null;
            case JsonObjectNode or JsonBooleanNode:
                return ConvertAt(obj.Get("items")!, JsonPointer.Append(pointer, JsonPointer.AnyItem), depth + 1);
            case var other:
                _report.Invalid("items", other, "expected a schema");
                return null;
        }
    }

    private (bool Allows, Schema? Schema) ReadAdditionalProperties(JsonObjectNode obj, string pointer, int depth)
    {
        switch (obj.Get("additionalProperties"))
        {
            case null:
                return (true, null);
            case JsonBooleanNode flag:
                return (flag.Value, null);
            case JsonObjectNode extra:
                var additional = ConvertAt(extra, JsonPointer.Append(pointer, JsonPointer.AnyItem), depth + 1);
                // "additionalProperties": {} says nothing more than "true".
                return (true, additional == new Schema { Span = additional.Span } ? null : additional);
            case var other:
                _report.Invalid("additionalProperties", other, "expected a boolean or a schema");
                return (true, null);
        }
    }
}
