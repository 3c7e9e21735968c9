using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Generator.Reading.Schemas;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// One small comparer per aspect of a schema node (type, format, limits, values, text). Each reports rule suffixes;
/// the structure below the node (members, items, alternatives, references) is <see cref="SchemaWalker"/>'s job.
/// </summary>
internal static class ValueAspects
{
    private delegate void Aspect(Schema before, Schema after, in NodeReport report);

    private static readonly Aspect[] All =
    {
        TypeOf, Format, Nullability,
        (Schema b, Schema a, in NodeReport r) => Bounds.Compare(b.Constraints.Maximum, a.Constraints.Maximum, upper: true, ValueChange.Maximum, r),
        (Schema b, Schema a, in NodeReport r) => Bounds.Compare(b.Constraints.Minimum, a.Constraints.Minimum, upper: false, ValueChange.Minimum, r),
        (Schema b, Schema a, in NodeReport r) => Bounds.Compare(b.Constraints.MaxLength, a.Constraints.MaxLength, ValueChange.MaxLength, r),
        (Schema b, Schema a, in NodeReport r) => Bounds.Compare(b.Constraints.MinLength, a.Constraints.MinLength, ValueChange.MinLength, r),
        (Schema b, Schema a, in NodeReport r) => Bounds.Compare(b.Constraints.MaxItems, a.Constraints.MaxItems, ValueChange.MaxItems, r),
        (Schema b, Schema a, in NodeReport r) => Bounds.Compare(b.Constraints.MinItems, a.Constraints.MinItems, ValueChange.MinItems, r),
        Pattern, UniqueItems, ExtraMembers, ExclusiveAlternatives, Discriminator,
        EnumValues, Const, Default,
        Description, Title, EnumDocumentation,
    };

    public static void Compare(Schema before, Schema after, in NodeReport report)
    {
        foreach (var aspect in All) aspect(before, after, report);
    }

    private static void TypeOf(Schema before, Schema after, in NodeReport report)
    {
        // Compared as sets of JSON types, so a "type" list that changes (["integer","string"] → ["integer","boolean"]) counts.
        var b = Allowed(before);
        var a = Allowed(after);
        if (b == a) return;
        var change = (b & ~a) == 0 ? ValueChange.TypeWidened : (a & ~b) == 0 ? ValueChange.TypeNarrowed : ValueChange.TypeChanged;
        report.Add(change, $"type {TypeText(before, b)} → {TypeText(after, a)}");
    }

    private const SchemaTypeSet AnyType = SchemaTypeSet.Boolean | SchemaTypeSet.Integer | SchemaTypeSet.Number | SchemaTypeSet.String
        | SchemaTypeSet.Array | SchemaTypeSet.Object;

    /// <summary>The JSON types a value may have; a number type admits integers too.</summary>
    private static SchemaTypeSet Allowed(Schema schema)
    {
        var set = schema.Type != SchemaType.Any ? SchemaTypeSets.Of(schema.Type) : schema.Types != SchemaTypeSet.None ? schema.Types : AnyType;
        return (set & SchemaTypeSet.Number) != 0 ? set | SchemaTypeSet.Integer : set;
    }

    private static string TypeText(Schema schema, SchemaTypeSet allowed)
        => schema.Type != SchemaType.Any || allowed == AnyType ? SchemaTypeText.ToText(schema.Type)
            : string.Join("|", SchemaTypeSets.Members(schema.Types).Select(SchemaTypeText.ToText));

    private static void Format(Schema before, Schema after, in NodeReport report)
    {
        var b = Blank(before.Format);
        var a = Blank(after.Format);
        if (string.Equals(b, a, StringComparison.OrdinalIgnoreCase)) return;
        if (b is null) report.Add(ValueChange.FormatAdded, $"format {a} added");
        else if (a is null) report.Add(ValueChange.FormatRemoved, $"format {b} removed");
        else report.Add(ValueChange.FormatChanged, $"format {b} → {a}");
    }

    private static void Nullability(Schema before, Schema after, in NodeReport report)
    {
        if (before.Nullable == after.Nullable) return;
        report.Add(after.Nullable ? ValueChange.BecameNullable : ValueChange.BecameNonNullable, after.Nullable ? "now nullable" : "no longer nullable");
    }

    private static void Pattern(Schema before, Schema after, in NodeReport report)
    {
        var b = before.Constraints.Pattern;
        var a = after.Constraints.Pattern;
        if (b == a) return;
        if (b is null) report.Add(ValueChange.PatternAdded, $"pattern {a} added");
        else if (a is null) report.Add(ValueChange.PatternRemoved, $"pattern {b} removed");
        else report.Add(ValueChange.PatternChanged, $"pattern {b} → {a}");
    }

    private static void UniqueItems(Schema before, Schema after, in NodeReport report)
    {
        if (before.Constraints.UniqueItems == after.Constraints.UniqueItems) return;
        report.Add(after.Constraints.UniqueItems ? ValueChange.UniqueItemsAdded : ValueChange.UniqueItemsRemoved,
            after.Constraints.UniqueItems ? "items must be unique" : "items may repeat");
    }

    private static void ExtraMembers(Schema before, Schema after, in NodeReport report)
    {
        if (before.AllowsAdditionalProperties == after.AllowsAdditionalProperties) return;
        report.Add(after.AllowsAdditionalProperties ? ValueChange.ExtraMembersAllowed : ValueChange.ExtraMembersForbidden,
            after.AllowsAdditionalProperties ? "undeclared members allowed" : "undeclared members forbidden");
    }

    private static void ExclusiveAlternatives(Schema before, Schema after, in NodeReport report)
    {
        if (before.Alternatives.IsEmpty || after.Alternatives.IsEmpty || before.AlternativesFromAnyOf == after.AlternativesFromAnyOf) return;
        report.Add(after.AlternativesFromAnyOf ? ValueChange.ExclusiveAlternativesRemoved : ValueChange.ExclusiveAlternativesAdded,
            after.AlternativesFromAnyOf ? "oneOf → anyOf" : "anyOf → oneOf");
    }

    private static void Discriminator(Schema before, Schema after, in NodeReport report)
    {
        var b = before.Discriminator?.PropertyName;
        var a = after.Discriminator?.PropertyName;
        if (b == a) return;
        report.Add(ValueChange.DiscriminatorChanged, $"discriminator {b ?? "none"} → {a ?? "none"}");
    }

    private static void EnumValues(Schema before, Schema after, in NodeReport report)
    {
        var b = before.Constraints.AllowedValues;
        var a = after.Constraints.AllowedValues;
        if (b.IsEmpty && a.IsEmpty) return;
        if (b.IsEmpty)
        {
            report.Add(ValueChange.EnumAdded, "values limited to " + string.Join(", ", a));
            return;
        }
        if (a.IsEmpty)
        {
            report.Add(ValueChange.EnumRemoved, "values no longer limited to " + string.Join(", ", b));
            return;
        }
        var removed = Except(b, a);
        var added = Except(a, b);
        if (removed.Count > 0) report.Add(ValueChange.EnumValueRemoved, "enum values removed: " + string.Join(", ", removed));
        if (added.Count > 0) report.Add(ValueChange.EnumValueAdded, "enum values added: " + string.Join(", ", added));
    }

    private static List<string> Except(EquatableArray<string> values, EquatableArray<string> others)
    {
        var set = new HashSet<string>(others.Select(JsonKey), StringComparer.Ordinal);
        return values.Where(v => !set.Contains(JsonKey(v))).ToList();
    }

    /// <summary>A value's text with numbers by value (1.0 and 1 alike), so a hash set compares as the reader does.</summary>
    private static string JsonKey(string json)
    {
        if (json.Length == 0 || !(json[0] == '-' || char.IsDigit(json[0]))) return json;
        return decimal.TryParse(json, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? (number / 1.0000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : json;
    }

    private static void Const(Schema before, Schema after, in NodeReport report)
    {
        var b = before.Constraints.Const;
        var a = after.Constraints.Const;
        if (SameValue(b, a)) return;
        if (b is null) report.Add(ValueChange.ConstAdded, $"const {a} added");
        else if (a is null) report.Add(ValueChange.ConstRemoved, $"const {b} removed");
        else report.Add(ValueChange.ConstChanged, $"const {b} → {a}");
    }

    private static void Default(Schema before, Schema after, in NodeReport report)
    {
        var b = before.Default;
        var a = after.Default;
        if (SameValue(b, a)) return;
        if (b is null) report.Add(ValueChange.DefaultAdded, $"default {a} added");
        else if (a is null) report.Add(ValueChange.DefaultRemoved, $"default {b} removed");
        else report.Add(ValueChange.DefaultChanged, $"default {b} → {a}");
    }

    private static void Description(Schema before, Schema after, in NodeReport report)
    {
        if (SameText(before.Description, after.Description)) return;
        report.Add(ValueChange.DescriptionChanged, "description changed");
    }

    private static void Title(Schema before, Schema after, in NodeReport report)
    {
        if (SameText(before.Title, after.Title)) return;
        report.Add(ValueChange.TitleChanged, $"title {Quote(before.Title)} → {Quote(after.Title)}");
    }

    /// <summary>Names and descriptions of values both sides list; added or removed values are <see cref="EnumValues"/>'s.</summary>
    private static void EnumDocumentation(Schema before, Schema after, in NodeReport report)
    {
        if (before.EnumMembers == after.EnumMembers) return;
        var afterByValue = new Dictionary<string, EnumMember>(StringComparer.Ordinal);
        foreach (var member in after.EnumMembers) afterByValue[member.Value] = member;
        var beforeValues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in before.EnumMembers)
        {
            beforeValues.Add(member.Value);
            if (afterByValue.TryGetValue(member.Value, out var other)
                && (!SameText(member.Name, other.Name) || !SameText(member.Description, other.Description)))
            {
                report.Add(ValueChange.EnumDocumentationChanged, $"documentation of enum value {member.Value} changed");
                return;
            }
        }
        // A value documented on one side only, while both sides allow it.
        foreach (var member in after.EnumMembers)
        {
            if (!beforeValues.Contains(member.Value) && before.Constraints.AllowedValues.Contains(member.Value))
            {
                report.Add(ValueChange.EnumDocumentationChanged, $"documentation of enum value {member.Value} changed");
                return;
            }
        }
    }

    private static bool SameValue(string? before, string? after)
        => before is null || after is null ? before == after : JsonValueText.Same(before, after);

    /// <summary>Null and blank text are the same; surrounding whitespace does not count.</summary>
    public static bool SameText(string? before, string? after) => string.Equals(Blank(before)?.Trim(), Blank(after)?.Trim(), StringComparison.Ordinal);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Quote(string? text) => Blank(text) is { } t ? "\"" + t + "\"" : "none";
}
