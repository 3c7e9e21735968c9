using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>Reads "type" and "nullable", and infers the type from other keywords when "type" is missing.</summary>
internal sealed class TypeReader
{
    private static readonly string[] NullableKeywords = { "nullable", "x-nullable" };

    private readonly SchemaReporter _report;

    public TypeReader(SchemaReporter report) => _report = report;

    /// <summary>The single type, or null to infer it; "null" in any form becomes nullability.</summary>
    public SchemaType? Read(JsonObjectNode obj, string pointer, out bool nullable) => Read(obj, pointer, out nullable, out _);

    /// <param name="several">The types of a "type" array naming two or more (then the type is Any); else None.</param>
    public SchemaType? Read(JsonObjectNode obj, string pointer, out bool nullable, out SchemaTypeSet several)
    {
        nullable = false;
        several = SchemaTypeSet.None;
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
                else _report.Invalid("type", name, "not a JSON Schema type");
                break;
            case JsonArrayNode names:
                var types = new List<SchemaType>();
                foreach (var item in names.Items)
                {
                    if (item is JsonStringNode { Value: "null" }) nullable = true;
                    else if (item is JsonStringNode entry && SchemaTypeText.TryParse(entry.Value, out var one)) { if (!types.Contains(one)) types.Add(one); }
                    else _report.Invalid("type", item, "not a JSON Schema type");
                }
                // Every integer is a number.
                if (types.Contains(SchemaType.Number)) types.Remove(SchemaType.Integer);
                if (types.Count == 0) nullOnly = nullable;
                else if (types.Count == 1) type = types[0];
                else
                {
                    // Two real types (e.g. ["string", "integer"]) are held as any JSON, and Validate() checks the JSON type.
                    type = SchemaType.Any;
                    foreach (var one in types) several |= SchemaTypeSets.Of(one);
                }
                break;
            default:
                _report.Invalid("type", typeNode, "expected a string or an array of strings");
                break;
        }

        // "x-nullable" is Swagger 2.0's way (NSwag, go-swagger), which has no null type.
        foreach (var keyword in NullableKeywords)
        {
            switch (obj.Get(keyword))
            {
                case null:
                    break;
                case JsonBooleanNode flag:
                    nullable |= flag.Value;
                    break;
                case var other:
                    _report.Invalid(keyword, other, "expected a boolean");
                    break;
            }
        }

        if (nullOnly)
        {
            // Apifox writes "null" when the sample it learned from had null; keep any JSON rather than lose real values.
            _report.Report(DiagnosticId.NullOnlyType, typeNode!.Span, JsonPointer.Display(pointer));
            nullable = true;
            return SchemaType.Any;
        }
        return type;
    }

    /// <summary>
    /// The type a schema without "type" implies: object for members (or a rule for extra ones), array for items, else the type all its allowed
    /// values share (a null among them makes it nullable); Any when nothing tells.
    /// </summary>
    public static SchemaType Infer(JsonObjectNode obj, Constraints constraints, ref bool nullable)
    {
        if (Shape(obj) is { } shape) return shape;

        var values = new List<string>(constraints.AllowedValues);
        if (constraints.Const is { } constant) values.Add(constant);
        SchemaType? shared = null;
        var sawNull = false;
        foreach (var value in values)
        {
            if (JsonValueText.TypeOf(value) is not { } type)
            {
                sawNull = true;
                continue;
            }
            if (shared is null || shared == type) shared = type;
            else if (IsNumeric(shared.Value) && IsNumeric(type)) shared = SchemaType.Number;
            else return SchemaType.Any;
        }
        if (shared is null) return SchemaType.Any;
        nullable |= sawNull;
        return shared.Value;
    }

    /// <summary>Object when members (or a rule for extra ones) are described, array when items are; else null.</summary>
    public static SchemaType? Shape(JsonObjectNode obj)
    {
        if (obj.Find("properties") is not null || obj.Find("x-apifox-refs") is not null || obj.Find("additionalProperties") is not null) return SchemaType.Object;
        if (obj.Find("items") is not null) return SchemaType.Array;
        return null;
    }

    private static bool IsNumeric(SchemaType type) => type is SchemaType.Integer or SchemaType.Number;
}
