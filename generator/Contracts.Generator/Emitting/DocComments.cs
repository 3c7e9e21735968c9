using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>XML documentation from descriptions, with the constraints written out in words.</summary>
internal static class DocComments
{
    public static void Summary(SourceWriter writer, string text)
    {
        writer.Line("/// <summary>");
        foreach (var line in CSharpText.XmlDocLines(text)) writer.Line(line.Length == 0 ? "/// <para/>" : "/// " + line);
        writer.Line("/// </summary>");
    }

    /// <summary>Summary (or a fallback sentence) plus a remarks paragraph listing limits, default and allowed values.</summary>
    public static void ForValue(SourceWriter writer, string? description, string fallback, Schema schema, string jsonName)
    {
        Summary(writer, string.IsNullOrWhiteSpace(description) ? fallback : description!);
        var facts = Facts(schema);
        writer.Line("/// <remarks>");
        writer.Line("/// JSON name: <c>" + string.Join(" ", CSharpText.XmlDocLines(jsonName)) + "</c>." + (facts.Count == 0 ? "" : " " + string.Join(" ", facts)));
        writer.Line("/// </remarks>");
    }

    private static List<string> Facts(Schema schema)
    {
        var facts = new List<string>();
        var c = schema.Constraints;
        if (schema.Types != SchemaTypeSet.None)
        {
            var names = SchemaTypeSets.Members(schema.Types).ConvertAll(t => t.ToString().ToLowerInvariant());
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
