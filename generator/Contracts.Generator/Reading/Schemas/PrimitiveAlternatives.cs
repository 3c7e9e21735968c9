using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Alternatives that are all the same primitive type become that one type, when that loses nothing: their constraints
/// are equal, or one has none (so the union has none), or all are value lists (the union is their union).
/// </summary>
internal static class PrimitiveAlternatives
{
    public static Schema? TryCollapse(IReadOnlyList<Schema> alternatives)
    {
        var first = alternatives[0];
        if (!IsPrimitive(first)) return null;
        var format = first.Format;
        var nullable = false;
        var sameConstraints = true;
        var anyUnconstrained = false;
        var allValueLists = true;
        var members = new List<EnumMember>();
        foreach (var alternative in alternatives)
        {
            if (!IsPrimitive(alternative) || alternative.Type != first.Type) return null;
            if (alternative.Format != format) format = null;
            nullable |= alternative.Nullable;
            sameConstraints &= alternative.Constraints == first.Constraints;
            anyUnconstrained |= alternative.Constraints.IsEmpty;
            allValueLists &= IsValueList(alternative.Constraints);
            foreach (var member in alternative.EnumMembers)
            {
                if (!members.Exists(m => JsonValueText.Same(m.Value, member.Value))) members.Add(member);
            }
        }

        Constraints constraints;
        if (sameConstraints) constraints = first.Constraints;
        else if (anyUnconstrained) constraints = Constraints.None;
        else if (allValueLists) constraints = new Constraints { AllowedValues = UnionOfValues(alternatives) };
        else return null;
        return new Schema
        {
            Type = first.Type,
            Format = format,
            Nullable = nullable,
            Constraints = constraints,
            EnumMembers = constraints.AllowedValues.IsEmpty ? EquatableArray<EnumMember>.Empty : members.ToEquatableArray(),
        };
    }

    private static bool IsPrimitive(Schema schema)
        => schema.Reference is null && schema.Alternatives.IsEmpty
            && schema.Type is SchemaType.Boolean or SchemaType.Integer or SchemaType.Number or SchemaType.String;

    private static bool IsValueList(Constraints constraints)
        => (!constraints.AllowedValues.IsEmpty || constraints.Const is not null)
            && constraints with { AllowedValues = EquatableArray<string>.Empty, AllowedValuesOrigin = ConstraintOrigin.Keyword, Const = null } == Constraints.None;

    private static EquatableArray<string> UnionOfValues(IReadOnlyList<Schema> alternatives)
    {
        var values = new List<string>();
        foreach (var alternative in alternatives)
        {
            var own = new List<string>(alternative.Constraints.AllowedValues);
            if (alternative.Constraints.Const is { } constant) own.Add(constant);
            foreach (var value in own)
            {
                if (!values.Exists(v => JsonValueText.Same(v, value))) values.Add(value);
            }
        }
        return values.ToEquatableArray();
    }
}
