using System;
using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Merges two schemas that both apply to one value (allOf parts, or a part and the keywords beside it): properties in
/// order with a later duplicate replacing the earlier schema, required as a union, the tighter constraint where both
/// limit, and the first documentation. Nullability and references are the caller's business.
/// </summary>
internal static class SchemaMerge
{
    public static Schema Merge(Schema first, Schema second, MergeConflicts conflicts)
    {
        var (type, types) = MergeType(first, second, conflicts);
        return first with
        {
            Type = type,
            Types = types,
            // The merged type is inferred only if no part that has a type states it.
            TypeInferred = TypesOf(second) == SchemaTypeSet.None ? first.TypeInferred
                : TypesOf(first) == SchemaTypeSet.None ? second.TypeInferred
                : first.TypeInferred && second.TypeInferred,
            Format = first.Format ?? second.Format,
            Title = first.Title ?? second.Title,
            Description = first.Description ?? second.Description,
            Default = first.Default ?? second.Default,
            DefaultOrigin = first.Default is not null ? first.DefaultOrigin : second.DefaultOrigin,
            Constraints = MergeConstraints(first.Constraints, second.Constraints, conflicts),
            Properties = MergeProperties(first.Properties, second.Properties),
            Items = second.Items ?? first.Items,
            AdditionalProperties = second.AdditionalProperties ?? first.AdditionalProperties,
            // One closed part closes the merged object: its author meant "these members and no others".
            AllowsAdditionalProperties = first.AllowsAdditionalProperties && second.AllowsAdditionalProperties,
            Alternatives = first.Alternatives.IsEmpty ? second.Alternatives : first.Alternatives,
            AlternativesFromAnyOf = first.Alternatives.IsEmpty ? second.AlternativesFromAnyOf : first.AlternativesFromAnyOf,
            Discriminator = first.Alternatives.IsEmpty ? second.Discriminator : first.Discriminator,
            EnumMembers = first.EnumMembers.IsEmpty ? second.EnumMembers : first.EnumMembers,
            Nullable = first.Nullable && second.Nullable,
            Reference = null,
            NameHint = null,
        };
    }

    /// <summary>True when the schema only documents (title, description, default, nullability): it adds no structure.</summary>
    public static bool IsDocumentationOnly(Schema schema)
        => schema.Properties.IsEmpty && schema.Items is null && schema.AdditionalProperties is null && schema.AllowsAdditionalProperties
            && schema.Constraints.IsEmpty && schema.Alternatives.IsEmpty && schema.EnumMembers.IsEmpty && schema.Format is null
            && schema.Reference is null;

    /// <summary>Documentation stated at the site wins over what the merged parts say.</summary>
    public static Schema WithDocumentationOf(Schema schema, Schema site) => schema with
    {
        Title = site.Title ?? schema.Title,
        Description = site.Description ?? schema.Description,
        Default = site.Default ?? schema.Default,
        DefaultOrigin = site.Default is not null ? site.DefaultOrigin : schema.DefaultOrigin,
    };

    /// <summary>The types both schemas allow (an integer is a number too); on a conflict, the first schema's.</summary>
    private static (SchemaType Type, SchemaTypeSet Types) MergeType(Schema first, Schema second, MergeConflicts conflicts)
    {
        var left = TypesOf(first);
        var right = TypesOf(second);
        if (right == SchemaTypeSet.None) return (first.Type, first.Types);
        if (left == SchemaTypeSet.None) return (second.Type, second.Types);
        var both = WithIntegers(left) & WithIntegers(right);
        // A number on one side only narrows to the integers of the other.
        if ((left & right & SchemaTypeSet.Number) == 0) both &= ~SchemaTypeSet.Number;
        else both &= ~SchemaTypeSet.Integer;
        var members = SchemaTypeSets.Members(both);
        if (members.Count == 0)
        {
            conflicts.Type ??= SchemaTypeText.ToText(left) + " vs " + SchemaTypeText.ToText(right);
            return (first.Type, first.Types);
        }
        return members.Count == 1 ? (members[0], SchemaTypeSet.None) : (SchemaType.Any, both);
    }

    private static SchemaTypeSet TypesOf(Schema schema) => schema.Types != SchemaTypeSet.None ? schema.Types : SchemaTypeSets.Of(schema.Type);

    private static SchemaTypeSet WithIntegers(SchemaTypeSet set) => (set & SchemaTypeSet.Number) != 0 ? set | SchemaTypeSet.Integer : set;

    private static Constraints MergeConstraints(Constraints first, Constraints second, MergeConflicts conflicts)
    {
        if (second.IsEmpty) return first;
        if (first.IsEmpty) return second;
        if (first.Pattern is not null && second.Pattern is not null && first.Pattern != second.Pattern) conflicts.SecondPattern = true;
        var merged = new Constraints
        {
            Minimum = BoundComparison.Stricter(first.Minimum, second.Minimum, preferLarger: true),
            Maximum = BoundComparison.Stricter(first.Maximum, second.Maximum, preferLarger: false),
            MinLength = Larger(first.MinLength, second.MinLength),
            MaxLength = Smaller(first.MaxLength, second.MaxLength),
            Pattern = first.Pattern ?? second.Pattern,
            MinItems = Larger(first.MinItems, second.MinItems),
            MaxItems = Smaller(first.MaxItems, second.MaxItems),
            UniqueItems = first.UniqueItems || second.UniqueItems,
            AllowedValues = first.AllowedValues,
            AllowedValuesOrigin = first.AllowedValuesOrigin,
            Const = first.Const ?? second.Const,
        };
        if (first.AllowedValues.IsEmpty) merged = merged with { AllowedValues = second.AllowedValues, AllowedValuesOrigin = second.AllowedValuesOrigin };
        else if (!second.AllowedValues.IsEmpty && Intersect(first.AllowedValues, second.AllowedValues) is { IsEmpty: false } both) merged = merged with { AllowedValues = both };
        return merged;
    }

    private static EquatableArray<string> Intersect(EquatableArray<string> first, EquatableArray<string> second)
    {
        var result = new List<string>();
        foreach (var value in first)
        {
            foreach (var other in second)
            {
                if (!JsonValueText.Same(value, other)) continue;
                result.Add(value);
                break;
            }
        }
        return result.ToEquatableArray();
    }

    private static EquatableArray<Property> MergeProperties(EquatableArray<Property> first, EquatableArray<Property> second)
    {
        if (second.IsEmpty) return first;
        if (first.IsEmpty) return second;
        var merged = new List<Property>(first);
        foreach (var property in second)
        {
            var index = merged.FindIndex(p => string.Equals(p.JsonName, property.JsonName, StringComparison.Ordinal));
            if (index < 0) merged.Add(property);
            else merged[index] = property with { Required = property.Required || merged[index].Required };
        }
        return merged.ToEquatableArray();
    }

    private static int? Larger(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static int? Smaller(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
