using System;
using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;

namespace Contracts.Generator.Planning;

/// <summary>
/// Decides a path, query, header or cookie parameter's C# type (typed lists, enum structs, DateOnly for dates, records
/// for objects), its OpenAPI style and explode, and the rules it is validated against before sending.
/// </summary>
internal sealed class ParameterPlanner
{
    private readonly TypePlanner _types;
    private readonly SchemaLookup _lookup;
    private readonly Action<TypeRef> _addRoot;
    private readonly Action<SourceSpan, string[]> _reportStyle;

    /// <param name="addRoot">Gives an object parameter's type a JsonTypeInfo of its own, to write its members.</param>
    /// <param name="reportStyle">Reports a style the location does not allow (CTR2020).</param>
    public ParameterPlanner(TypePlanner types, SchemaLookup lookup, Action<TypeRef> addRoot, Action<SourceSpan, string[]> reportStyle)
    {
        _types = types;
        _lookup = lookup;
        _addRoot = addRoot;
        _reportStyle = reportStyle;
    }

    public ParameterPlan Plan(Parameter parameter, string name, string nameHint, string operation)
    {
        var (type, shape) = TypeAndShape(parameter, nameHint, $"The {parameter.Name} parameter of {operation}.");
        var rules = type.Kind == ValueKind.Date ? null : _types.RulesFor(parameter.Schema, type);
        var style = Style(parameter, shape);
        var explode = parameter.Explode ?? style == ParameterStyleKind.Form;
        return new ParameterPlan(parameter.Name, name, parameter.In, parameter.Required, type.WithNullable(!parameter.Required), parameter.Description)
        {
            Style = style,
            Explode = explode,
            Shape = shape,
            Rules = rules,
        };
    }

    private (TypeRef Type, ParameterShape Shape) TypeAndShape(Parameter parameter, string nameHint, string summary)
    {
        var schema = _lookup.Resolve(parameter.Schema);
        // A parameter described by "content" is its media type's text: JSON, whatever its shape.
        if (parameter.AsJsonText && schema.Type is SchemaType.Object or SchemaType.Array) return (new TypeRef(ValueKind.Any, false), ParameterShape.Scalar);
        if (schema.Type == SchemaType.String && schema.Format == "date" && schema.Constraints.AllowedValues.IsEmpty)
        {
            return (new TypeRef(ValueKind.Date, false), ParameterShape.Scalar);
        }
        if (!schema.Alternatives.IsEmpty || !_lookup.Resolves(parameter.Schema)) return (TypePlanner.ScalarType(schema).WithNullable(false), ParameterShape.Scalar);
        switch (schema.Type)
        {
            case SchemaType.Array:
                // Lists of scalars are written item by item; anything deeper keeps its JSON text.
                if (schema.Items is not { } items || !IsFlat(_lookup.Resolve(items))) return (new TypeRef(ValueKind.Any, false), ParameterShape.Scalar);
                return (_types.TypeFor(parameter.Schema, nameHint, summary).WithNullable(false), ParameterShape.List);
            case SchemaType.Object:
                if (schema.Properties.IsEmpty && schema.AdditionalProperties is null) return (new TypeRef(ValueKind.Any, false), ParameterShape.Scalar);
                var record = _types.TypeFor(parameter.Schema, nameHint, summary).WithNullable(false);
                _addRoot(record);
                return (record, ParameterShape.Object);
            default:
                var type = _types.TypeFor(parameter.Schema, nameHint, summary).WithNullable(false);
                return (type, ParameterShape.Scalar);
        }
    }

    private static bool IsFlat(Schema item)
        => item.Alternatives.IsEmpty && item.Type is SchemaType.String or SchemaType.Integer or SchemaType.Number or SchemaType.Boolean;

    private ParameterStyleKind Style(Parameter parameter, ParameterShape shape)
    {
        var fallback = parameter.In is ParameterLocation.Path or ParameterLocation.Header ? ParameterStyleKind.Simple : ParameterStyleKind.Form;
        if (parameter.Style is not { } written) return fallback;
        var allowed = Allowed(parameter.In);
        foreach (var (text, style) in allowed)
        {
            if (text != written) continue;
            // deepObject is defined for objects only.
            if (style == ParameterStyleKind.DeepObject && shape != ParameterShape.Object) break;
            return style;
        }
        var names = new List<string>();
        foreach (var (text, _) in allowed) names.Add(text);
        _reportStyle(parameter.StyleSpan == SourceSpan.None ? parameter.Span : parameter.StyleSpan,
            new[] { written, parameter.Name, parameter.In.ToString().ToLowerInvariant(), string.Join(", ", names), FallbackText(fallback) });
        return fallback;
    }

    private static string FallbackText(ParameterStyleKind style) => style == ParameterStyleKind.Simple ? "simple" : "form";

    private static (string Text, ParameterStyleKind Style)[] Allowed(ParameterLocation location) => location switch
    {
        ParameterLocation.Query => new[]
        {
            ("form", ParameterStyleKind.Form), ("spaceDelimited", ParameterStyleKind.SpaceDelimited),
            ("pipeDelimited", ParameterStyleKind.PipeDelimited), ("deepObject", ParameterStyleKind.DeepObject),
        },
        ParameterLocation.Path => new[] { ("simple", ParameterStyleKind.Simple), ("label", ParameterStyleKind.Label), ("matrix", ParameterStyleKind.Matrix) },
        ParameterLocation.Header => new[] { ("simple", ParameterStyleKind.Simple) },
        _ => new[] { ("form", ParameterStyleKind.Form) },
    };
}
