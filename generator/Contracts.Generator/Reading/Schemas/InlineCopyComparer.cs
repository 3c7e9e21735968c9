using System;
using System.Collections.Generic;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Compares a referenced schema with the inline copy an export wrote beside its "$ref", cheaply: type, property names,
/// required set, then each property's type and nullability. Only the first difference is told (CTR2008).
/// </summary>
internal static class InlineCopyComparer
{
    /// <param name="content">Looks up a named schema's content; null when it cannot be had now (a cycle).</param>
    /// <returns>The first difference, such as "property 'bio': type string vs [string, null]"; null when none is seen.</returns>
    public static string? FirstDifference(Schema referenced, Schema copy, Func<string, Schema?> content)
    {
        // The copy's own nullability belongs to the reference site (it applies there), so only the type is compared.
        if (copy.Type != SchemaType.Any && referenced.Type != copy.Type)
            return "type " + SchemaTypeText.ToText(referenced.Type) + " vs " + SchemaTypeText.ToText(copy.Type);

        foreach (var property in referenced.Properties)
        {
            if (Find(copy, property.JsonName) is null) return $"property '{property.JsonName}' is missing from the copy";
        }
        foreach (var property in copy.Properties)
        {
            if (Find(referenced, property.JsonName) is null) return $"property '{property.JsonName}' is not in the referenced schema";
        }
        foreach (var property in referenced.Properties)
        {
            var other = Find(copy, property.JsonName)!;
            if (property.Required != other.Required)
                return $"property '{property.JsonName}' is required {(property.Required ? "in the referenced schema only" : "in the copy only")}";
        }
        foreach (var property in referenced.Properties)
        {
            var left = Describe(property.Schema, content);
            var right = Describe(Find(copy, property.JsonName)!.Schema, content);
            if (left is not null && right is not null && left != right) return $"property '{property.JsonName}': type {left} vs {right}";
        }
        if (referenced.Items is { } items && copy.Items is { } copied)
        {
            var left = Describe(items, content);
            var right = Describe(copied, content);
            if (left is not null && right is not null && left != right) return $"items: type {left} vs {right}";
        }
        return null;
    }

    private static Property? Find(Schema schema, string name)
    {
        foreach (var property in schema.Properties)
        {
            if (string.Equals(property.JsonName, name, StringComparison.Ordinal)) return property;
        }
        return null;
    }

    /// <summary>"string", "[string, null]", or "$ref key" for a reference; null when a reference cannot be looked up.</summary>
    private static string? Describe(Schema schema, Func<string, Schema?> content)
    {
        var type = schema.Type;
        var nullable = schema.Nullable;
        if (schema.Reference is { } key)
        {
            if (content(key) is not { } target) return null;
            type = target.Type;
            nullable |= target.Nullable;
        }
        var text = SchemaTypeText.ToText(type);
        return nullable ? "[" + text + ", null]" : text;
    }
}
