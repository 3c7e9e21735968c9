using System;
using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Planning;

/// <summary>A member's documentation from its schema: the description, and the constraints written out in words.</summary>
internal static class MemberDocs
{
    /// <param name="schema">The member's schema, references resolved.</param>
    public static ValueDoc For(Schema schema, string jsonName, string memberName)
    {
        var summary = !string.IsNullOrWhiteSpace(schema.Description) ? schema.Description : string.IsNullOrWhiteSpace(schema.Title) ? null : schema.Title;
        var remarks = new List<string>();
        // The JSON name is worth a line only where it is not the C# name itself.
        if (!string.Equals(jsonName, memberName, StringComparison.OrdinalIgnoreCase)) remarks.Add("JSON name: <c>" + Escape(jsonName) + "</c>.");
        remarks.AddRange(Facts(schema));
        return new ValueDoc(summary, remarks.ToEquatableArray());
    }

    private static List<string> Facts(Schema schema)
    {
        var facts = new List<string>();
        var c = schema.Constraints;
        if (schema.Types != SchemaTypeSet.None)
        {
            var names = ValueRulesPlanner.Names(ValueRulesPlanner.Set(schema.Types));
            if (schema.Nullable) names.Add("null");
            facts.Add("JSON type: " + string.Join(" or ", names) + ".");
        }
        if (schema.Default is { } value) facts.Add($"Default: <c>{Escape(value)}</c>{Origin(schema.DefaultOrigin)}.");
        if (c.Minimum is { } min) facts.Add($"{(min.Exclusive ? "Greater than" : "Minimum:")} {Escape(min.Literal)}{Origin(min.Origin)}.");
        if (c.Maximum is { } max) facts.Add($"{(max.Exclusive ? "Less than" : "Maximum:")} {Escape(max.Literal)}{Origin(max.Origin)}.");
        if (c.MinLength is { } minLength) facts.Add("Minimum length: " + minLength.ToString(CultureInfo.InvariantCulture) + ".");
        if (c.MaxLength is { } maxLength) facts.Add("Maximum length: " + maxLength.ToString(CultureInfo.InvariantCulture) + ".");
        if (c.Pattern is { } pattern) facts.Add("Pattern: <c>" + Escape(pattern) + "</c>.");
        if (c.MinItems is { } minItems) facts.Add("Minimum items: " + minItems.ToString(CultureInfo.InvariantCulture) + ".");
        if (c.MaxItems is { } maxItems) facts.Add("Maximum items: " + maxItems.ToString(CultureInfo.InvariantCulture) + ".");
        if (c.UniqueItems) facts.Add("Items must be unique.");
        if (!c.AllowedValues.IsEmpty) facts.Add("Allowed values: <c>" + Escape(string.Join(", ", c.AllowedValues)) + "</c>" + Origin(c.AllowedValuesOrigin) + ".");
        if (c.Const is { } constant) facts.Add("Always <c>" + Escape(constant) + "</c>.");
        if (schema.Format is { } format) facts.Add("Format: " + Escape(format) + ".");
        return facts;
    }

    private static string Origin(ConstraintOrigin origin) => origin == ConstraintOrigin.Prose ? " (from the description)" : "";

    private static string Escape(string text) => string.Join(" ", CSharpText.XmlDocLines(text));
}
