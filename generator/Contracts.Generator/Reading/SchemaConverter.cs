using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading;

/// <summary>
/// Turns a located JSON Schema (Apifox dialect) into the model's <see cref="Schema"/>, merging prose from descriptions.
/// Shared by every reader. Unusable keyword values become CTR2006 and are ignored.
/// </summary>
internal sealed class SchemaConverter
{
    private static readonly string[] Combinators = { "allOf", "anyOf", "oneOf", "not" };

    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly ISchemaReferenceResolver? _references;
    private readonly ProseConstraintMerger _prose;

    public SchemaConverter(string filePath, List<DiagnosticInfo> diagnostics, ISchemaReferenceResolver? references = null)
    {
        _filePath = filePath;
        _diagnostics = diagnostics;
        _references = references;
        _prose = new ProseConstraintMerger(filePath, diagnostics);
    }

    /// <param name="node">The schema node.</param>
    /// <param name="pointer">Instance JSON Pointer of the value this schema describes ("" for a body's root).</param>
    public Schema Convert(JsonNode node, string pointer = "") => Convert(node, pointer, 0);

    /// <summary>Merges what <paramref name="description"/> states into a schema built elsewhere (e.g. a form field).</summary>
    public Schema ApplyProse(Schema schema, JsonStringNode? description)
        => description is null || description.Value.Length == 0 ? schema : _prose.Merge(schema, description);

    // Recursion depth is bounded by the parser's nesting limit; the guard only documents it.
    private Schema Convert(JsonNode node, string pointer, int depth)
    {
        if (node is JsonBooleanNode || depth > LocatedJsonParser.MaxDepth) return new Schema { Span = node.Span };
        if (node is not JsonObjectNode obj)
        {
            Invalid("schema", node, "a schema must be an object");
            return new Schema { Span = node.Span };
        }

        var title = Text(obj, "title");
        var descriptionNode = StringNode(obj, "description");
        var description = descriptionNode is { Value.Length: > 0 } ? descriptionNode.Value : null;

        if (obj.Find("$ref") is { } reference)
        {
            if (reference.Value is JsonStringNode target)
            {
                if (_references?.ResolveKey(target.Value) is { } key)
                {
                    // The "$ref" is the truth; siblings add only documentation and nullability.
                    ReadType(obj, pointer, out var referenceNullable);
                    return new Schema { Reference = key, Nullable = referenceNullable, Title = title, Description = description, Span = obj.Span };
                }
                Report(DiagnosticIds.UnresolvedReference, target.Span, target.Value, JsonPointer.Display(pointer));
                return new Schema { Title = title, Description = description, Span = obj.Span };
            }
            Invalid("$ref", reference.Value, "expected a string");
        }
        foreach (var combinator in Combinators)
        {
            if (obj.Find(combinator) is { } member) Report(DiagnosticIds.UnsupportedKeyword, member.NameSpan, combinator, JsonPointer.Display(pointer));
        }

        var type = ReadType(obj, pointer, out var nullable);
        var properties = ReadProperties(obj, pointer, depth);
        Schema? items = null;
        if (obj.Find("items") is { } itemsMember)
        {
            if (itemsMember.Value is JsonObjectNode or JsonBooleanNode) items = Convert(itemsMember.Value, JsonPointer.Append(pointer, JsonPointer.AnyItem), depth + 1);
            else if (itemsMember.Value is JsonArrayNode) Report(DiagnosticIds.UnsupportedKeyword, itemsMember.NameSpan, "items (tuple form)", JsonPointer.Display(pointer));
            else Invalid("items", itemsMember.Value, "expected a schema");
        }
        type ??= obj.Find("properties") is not null ? SchemaType.Object : obj.Find("items") is not null ? SchemaType.Array : SchemaType.Any;

        var allowsAdditional = true;
        Schema? additional = null;
        switch (obj.Get("additionalProperties"))
        {
            case null:
                break;
            case JsonBooleanNode flag:
                allowsAdditional = flag.Value;
                break;
            case JsonObjectNode extra:
                additional = Convert(extra, JsonPointer.Append(pointer, JsonPointer.AnyItem), depth + 1);
                // "additionalProperties": {} says nothing more than "true".
                if (additional == new Schema { Span = additional.Span }) additional = null;
                break;
            case var other:
                Invalid("additionalProperties", other, "expected a boolean or a schema");
                break;
        }

        var schema = new Schema
        {
            Type = type.Value,
            Nullable = nullable,
            Format = Text(obj, "format"),
            Title = title,
            Description = description,
            Default = obj.Get("default") is { } @default ? JsonCompactWriter.Write(@default) : null,
            DefaultOrigin = ConstraintOrigin.Keyword,
            Constraints = ReadConstraints(obj),
            Properties = properties,
            Items = items,
            AdditionalProperties = additional,
            AllowsAdditionalProperties = allowsAdditional,
            Span = obj.Span,
        };
        return descriptionNode is null ? schema : ApplyProse(schema, descriptionNode);
    }

    /// <summary>The single type, or null to infer it; "null" in any form becomes nullability.</summary>
    private SchemaType? ReadType(JsonObjectNode obj, string pointer, out bool nullable)
    {
        nullable = false;
        SchemaType? type = null;
        var nullOnly = false;
        var typeNode = obj.Get("type");
        switch (typeNode)
        {
            case null:
                break;
            case JsonStringNode name:
                if (name.Value == "null") nullOnly = true;
                else if (SchemaTypeText.TryParse(name.Value, out var parsed)) type = parsed;
                else Invalid("type", name, "not a JSON Schema type");
                break;
            case JsonArrayNode names:
                var types = new List<SchemaType>();
                foreach (var item in names.Items)
                {
                    if (item is JsonStringNode { Value: "null" }) nullable = true;
                    else if (item is JsonStringNode entry && SchemaTypeText.TryParse(entry.Value, out var one)) { if (!types.Contains(one)) types.Add(one); }
                    else Invalid("type", item, "not a JSON Schema type");
                }
                if (types.Count == 0) nullOnly = nullable;
                else if (types.Count == 1) type = types[0];
                else if (types.Count == 2 && types.Contains(SchemaType.Integer) && types.Contains(SchemaType.Number)) type = SchemaType.Number;
                else type = SchemaType.Any;
                break;
            default:
                Invalid("type", typeNode, "expected a string or an array of strings");
                break;
        }

        switch (obj.Get("nullable"))
        {
            case null:
                break;
            case JsonBooleanNode flag:
                nullable |= flag.Value;
                break;
            case var other:
                Invalid("nullable", other, "expected a boolean");
                break;
        }

        if (nullOnly)
        {
            // Apifox writes "null" when the sample it learned from had null; keep any JSON rather than lose real values.
            Report(DiagnosticIds.NullOnlyType, typeNode!.Span, JsonPointer.Display(pointer));
            nullable = true;
            return SchemaType.Any;
        }
        return type;
    }

    private EquatableArray<Property> ReadProperties(JsonObjectNode obj, string pointer, int depth)
    {
        var propertiesNode = obj.Get("properties");
        if (propertiesNode is null) return EquatableArray<Property>.Empty;
        if (propertiesNode is not JsonObjectNode members)
        {
            Invalid("properties", propertiesNode, "expected an object");
            return EquatableArray<Property>.Empty;
        }

        var names = new List<string>();
        var found = new Dictionary<string, (Schema Schema, SourceSpan Span)>(StringComparer.Ordinal);
        foreach (var member in members.Members)
        {
            // Apifox's editor placeholders: not real properties.
            if (member.Value is JsonObjectNode child && child.Get("x-tmp-pending-properties") is JsonBooleanNode { Value: true }) continue;
            var schema = Convert(member.Value, JsonPointer.Append(pointer, member.Name), depth + 1);
            if (!found.ContainsKey(member.Name)) names.Add(member.Name);
            found[member.Name] = (schema, member.NameSpan);
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in StringArray(obj, "required")) required.Add(name);

        var ordered = new List<Property>(names.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        // x-apifox-orders also lists x-apifox-refs keys (ULIDs); those are not properties and are skipped.
        foreach (var name in StringArray(obj, "x-apifox-orders"))
        {
            if (found.TryGetValue(name, out var entry) && placed.Add(name)) ordered.Add(new Property(name, entry.Schema, required.Contains(name), entry.Span));
        }
        foreach (var name in names)
        {
            if (placed.Add(name)) ordered.Add(new Property(name, found[name].Schema, required.Contains(name), found[name].Span));
        }
        return new EquatableArray<Property>(ordered.ToArray());
    }

    private Constraints ReadConstraints(JsonObjectNode obj)
    {
        var minimum = Stricter(Bound(obj, "minimum", "exclusiveMinimum"), ExclusiveBound(obj, "exclusiveMinimum"), preferLarger: true);
        var maximum = Stricter(Bound(obj, "maximum", "exclusiveMaximum"), ExclusiveBound(obj, "exclusiveMaximum"), preferLarger: false);
        var constraints = new Constraints
        {
            Minimum = minimum,
            Maximum = maximum,
            MinLength = Count(obj, "minLength"),
            MaxLength = Count(obj, "maxLength"),
            Pattern = Pattern(obj),
            MinItems = Count(obj, "minItems"),
            MaxItems = Count(obj, "maxItems"),
            UniqueItems = Flag(obj, "uniqueItems"),
            AllowedValues = Enum(obj),
            AllowedValuesOrigin = ConstraintOrigin.Keyword,
            Const = obj.Get("const") is { } constant ? JsonCompactWriter.Write(constant) : null,
        };
        return constraints == Constraints.None ? Constraints.None : constraints;
    }

    /// <summary>minimum/maximum, made exclusive by the draft-4 boolean form of exclusiveMinimum/exclusiveMaximum.</summary>
    private NumericBound? Bound(JsonObjectNode obj, string keyword, string exclusiveKeyword)
    {
        var node = obj.Get(keyword);
        if (node is null) return null;
        if (node is not JsonNumberNode number)
        {
            Invalid(keyword, node, "expected a number");
            return null;
        }
        var exclusive = obj.Get(exclusiveKeyword) is JsonBooleanNode { Value: true };
        return new NumericBound(number.Literal, exclusive, ConstraintOrigin.Keyword);
    }

    /// <summary>The draft-6+ number form of exclusiveMinimum/exclusiveMaximum.</summary>
    private NumericBound? ExclusiveBound(JsonObjectNode obj, string keyword)
    {
        switch (obj.Get(keyword))
        {
            case null:
            case JsonBooleanNode:
                return null;
            case JsonNumberNode number:
                return new NumericBound(number.Literal, true, ConstraintOrigin.Keyword);
            case var other:
                Invalid(keyword, other, "expected a number or a boolean");
                return null;
        }
    }

    private static NumericBound? Stricter(NumericBound? plain, NumericBound? exclusive, bool preferLarger)
    {
        if (plain is null) return exclusive;
        if (exclusive is null) return plain;
        if (!NumericText.TryCompare(exclusive.Literal, plain.Literal, out var order)) return exclusive;
        if (order == 0) return exclusive;
        return (order > 0) == preferLarger ? exclusive : plain;
    }

    private int? Count(JsonObjectNode obj, string keyword)
    {
        var node = obj.Get(keyword);
        if (node is null) return null;
        if (node is JsonNumberNode number && NumericText.TryNonNegativeInt(number.Literal, out var value)) return value;
        Invalid(keyword, node, "expected a non-negative integer");
        return null;
    }

    private bool Flag(JsonObjectNode obj, string keyword)
    {
        var node = obj.Get(keyword);
        if (node is null) return false;
        if (node is JsonBooleanNode flag) return flag.Value;
        Invalid(keyword, node, "expected a boolean");
        return false;
    }

    private string? Pattern(JsonObjectNode obj)
    {
        var node = obj.Get("pattern");
        if (node is null) return null;
        if (node is not JsonStringNode text)
        {
            Invalid("pattern", node, "expected a string");
            return null;
        }
        try
        {
            _ = new Regex(text.Value, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return text.Value;
        }
        catch (ArgumentException exception)
        {
            Invalid("pattern", node, "not a valid regular expression: " + exception.Message);
            return null;
        }
    }

    private EquatableArray<string> Enum(JsonObjectNode obj)
    {
        var node = obj.Get("enum");
        if (node is null) return EquatableArray<string>.Empty;
        if (node is not JsonArrayNode { Items.Count: > 0 } values)
        {
            Invalid("enum", node, "expected a non-empty array");
            return EquatableArray<string>.Empty;
        }
        var texts = new string[values.Items.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = JsonCompactWriter.Write(values.Items[i]);
        return new EquatableArray<string>(texts);
    }

    private List<string> StringArray(JsonObjectNode obj, string keyword)
    {
        var result = new List<string>();
        var node = obj.Get(keyword);
        if (node is null) return result;
        if (node is not JsonArrayNode array)
        {
            Invalid(keyword, node, "expected an array of strings");
            return result;
        }
        foreach (var item in array.Items)
        {
            if (item is JsonStringNode text) result.Add(text.Value);
            else Invalid(keyword, item, "expected a string");
        }
        return result;
    }

    private JsonStringNode? StringNode(JsonObjectNode obj, string keyword)
    {
        var node = obj.Get(keyword);
        if (node is null || node is JsonStringNode) return (JsonStringNode?)node;
        Invalid(keyword, node, "expected a string");
        return null;
    }

    /// <summary>A string keyword; "" (Apifox's "not set") reads as absent.</summary>
    private string? Text(JsonObjectNode obj, string keyword) => StringNode(obj, keyword) is { Value.Length: > 0 } text ? text.Value : null;

    private void Invalid(string keyword, JsonNode node, string reason)
        => Report(DiagnosticIds.InvalidKeywordValue, node.Span, keyword, Shorten(JsonCompactWriter.Write(node)), reason);

    private static string Shorten(string json) => json.Length <= 80 ? json : json.Substring(0, 77) + "...";

    private void Report(string id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _filePath, span, arguments));
}
