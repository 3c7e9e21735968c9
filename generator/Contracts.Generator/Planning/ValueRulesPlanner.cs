using System.Collections.Generic;
using Contracts.Generator.Model;

namespace Contracts.Generator.Planning;

/// <summary>
/// Turns a schema into the <see cref="ValueRules"/> its C# type is checked against: references resolved once here, so
/// emitters never look a schema up. Nested rules follow the C# type (a list's items, a map's values), which is finite.
/// </summary>
internal sealed class ValueRulesPlanner
{
    private readonly SchemaLookup _lookup;

    public ValueRulesPlanner(SchemaLookup lookup) => _lookup = lookup;

    /// <summary>The rules of a value of C# type <paramref name="type"/> declared by <paramref name="schema"/>.</summary>
    public ValueRules For(Schema schema, TypeRef type)
    {
        var resolved = _lookup.Resolve(schema);
        ValueRules? items = null;
        ValueRules? values = null;
        if (type.Kind == ValueKind.List && resolved.Items is { } itemSchema) items = For(itemSchema, type.Element!.WithNullable(false));
        if (type.Kind == ValueKind.Map && resolved.AdditionalProperties is { } valueSchema) values = For(valueSchema, type.Element!.WithNullable(false));
        return Own(resolved, items, values);
    }

    /// <summary>The rules of a value held as JSON (an undeclared member): its own keywords, none nested.</summary>
    public ValueRules ForJson(Schema schema) => Own(_lookup.Resolve(schema), null, null);

    private static ValueRules Own(Schema schema, ValueRules? items, ValueRules? values)
    {
        var c = schema.Constraints;
        return new ValueRules(
            Single(schema.Type),
            Set(schema.Types),
            schema.Nullable,
            Limit(c.Minimum),
            Limit(c.Maximum),
            c.MinLength,
            c.MaxLength,
            c.Pattern is { } pattern && PatternCheck.IsUsable(pattern) ? pattern : null,
            c.MinItems,
            c.MaxItems,
            c.UniqueItems,
            c.AllowedValues,
            c.Const,
            items,
            values);
    }

    private static LimitRule? Limit(NumericBound? bound) => bound is null ? null : new LimitRule(bound.Literal, bound.Exclusive);

    public static JsonTypes Single(SchemaType type) => type switch
    {
        SchemaType.Boolean => JsonTypes.Boolean,
        SchemaType.Integer => JsonTypes.Integer,
        SchemaType.Number => JsonTypes.Number,
        SchemaType.String => JsonTypes.String,
        SchemaType.Array => JsonTypes.Array,
        SchemaType.Object => JsonTypes.Object,
        _ => JsonTypes.None,
    };

    public static JsonTypes Set(SchemaTypeSet set)
    {
        var types = JsonTypes.None;
        foreach (var member in SchemaTypeSets.Members(set)) types |= Single(member);
        return types;
    }

    /// <summary>The names of the types in the set, in order ("integer", "string").</summary>
    public static List<string> Names(JsonTypes types)
    {
        var names = new List<string>();
        for (var flag = JsonTypes.Boolean; flag <= JsonTypes.Object; flag = (JsonTypes)((int)flag << 1))
        {
            if ((types & flag) != 0) names.Add(flag.ToString().ToLowerInvariant());
        }
        return names;
    }
}
