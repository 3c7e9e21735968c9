using System.Linq;
using System.Text;
using System.Text.Json;
using Contracts.Generator.Model;

namespace Contracts.Tests.Reading.Equivalence;

/// <summary>
/// The model as indented text without source positions, file paths or document titles: what the generator acts on.
/// Text, not record equality, so a failing comparison shows the first line that differs. Examples compare as JSON.
/// </summary>
internal static class ModelText
{
    public static string Of(ApiDocument document)
    {
        var text = new StringBuilder();
        foreach (var operation in document.Operations)
        {
            text.Append(operation.Method).Append(' ').Append(operation.Path).Append(" id=").Append(operation.OperationId)
                .Append(" summary=").Append(operation.Summary).Append(" folder=").Append(string.Join("/", operation.Folder)).Append('\n');
            foreach (var parameter in operation.Parameters)
            {
                text.Append("  param ").Append(parameter.In).Append(' ').Append(parameter.Name).Append(" required=").Append(parameter.Required).Append('\n');
                Schema(text, parameter.Schema, 4);
            }
            if (operation.RequestBody is { } body)
            {
                text.Append("  body ").Append(body.MediaType).Append(" required=").Append(body.Required).Append('\n');
                if (body.Schema is { } schema) Schema(text, schema, 4);
                foreach (var example in body.Examples) Example(text, example);
            }
            foreach (var response in operation.Responses)
            {
                text.Append("  response ").Append(response.StatusCode).Append(' ').Append(response.MediaType).Append('\n');
                if (response.Schema is { } schema) Schema(text, schema, 4);
                foreach (var example in response.Examples) Example(text, example);
            }
        }
        foreach (var named in document.Schemas)
        {
            text.Append("schema ").Append(named.Key).Append(" as ").Append(named.Name).Append('\n');
            Schema(text, named.Schema, 2);
        }
        return text.ToString();
    }

    private static void Example(StringBuilder text, Generator.Model.Example example)
    {
        string json;
        try
        {
            using var parsed = JsonDocument.Parse(example.Json);
            json = JsonSerializer.Serialize(parsed.RootElement);
        }
        catch (JsonException)
        {
            json = "(not JSON) " + example.Json;
        }
        text.Append("    example ").Append(example.Name).Append(' ').Append(json).Append('\n');
    }

    private static void Schema(StringBuilder text, Schema schema, int indent)
    {
        var pad = new string(' ', indent);
        var c = schema.Constraints;
        text.Append(pad).Append(schema.Type).Append(schema.Nullable ? "?" : "");
        void Fact(string name, object? value)
        {
            if (value is not null && value.ToString() != "") text.Append(' ').Append(name).Append('=').Append(value);
        }
        static string? Bound(NumericBound? bound) => bound is null ? null : bound.Literal + (bound.Exclusive ? " exclusive" : "") + (bound.Origin == ConstraintOrigin.Prose ? " (prose)" : "");
        Fact("ref", schema.Reference);
        Fact("format", schema.Format);
        Fact("default", schema.Default is null ? null : schema.Default + (schema.DefaultOrigin == ConstraintOrigin.Prose ? " (prose)" : ""));
        Fact("min", Bound(c.Minimum));
        Fact("max", Bound(c.Maximum));
        Fact("minLength", c.MinLength);
        Fact("maxLength", c.MaxLength);
        Fact("pattern", c.Pattern);
        Fact("minItems", c.MinItems);
        Fact("maxItems", c.MaxItems);
        Fact("unique", c.UniqueItems ? "true" : null);
        Fact("enum", c.AllowedValues.IsEmpty ? null : "[" + string.Join(",", c.AllowedValues) + "]");
        Fact("names", schema.EnumMembers.IsEmpty ? null : string.Join(",", schema.EnumMembers.Select(m => m.Value + ":" + m.Name + ":" + m.Description)));
        Fact("const", c.Const);
        Fact("extra", schema.AllowsAdditionalProperties ? null : "false");
        Fact("discriminator", schema.Discriminator?.PropertyName);
        Fact("title", schema.Title);
        Fact("description", schema.Description);
        text.Append('\n');
        foreach (var property in schema.Properties)
        {
            text.Append(pad).Append("- ").Append(property.JsonName).Append(property.Required ? " (required)" : "").Append('\n');
            Schema(text, property.Schema, indent + 4);
        }
        if (schema.Items is { } items)
        {
            text.Append(pad).Append("items:\n");
            Schema(text, items, indent + 4);
        }
        if (schema.AdditionalProperties is { } values)
        {
            text.Append(pad).Append("values:\n");
            Schema(text, values, indent + 4);
        }
        foreach (var alternative in schema.Alternatives)
        {
            text.Append(pad).Append(schema.AlternativesFromAnyOf ? "anyOf:\n" : "oneOf:\n");
            Schema(text, alternative, indent + 4);
        }
    }
}
