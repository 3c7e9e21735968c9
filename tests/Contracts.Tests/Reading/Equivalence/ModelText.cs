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
        text.Append(pad).Append(schema.Type).Append(schema.Nullable ? "?" : "").Append(" ref=").Append(schema.Reference)
            .Append(" format=").Append(schema.Format).Append(" default=").Append(schema.Default).Append('/').Append(schema.DefaultOrigin)
            .Append(" min=").Append(c.Minimum).Append(" max=").Append(c.Maximum).Append(" len=").Append(c.MinLength).Append("..").Append(c.MaxLength)
            .Append(" pattern=").Append(c.Pattern).Append(" items=").Append(c.MinItems).Append("..").Append(c.MaxItems).Append(c.UniqueItems ? " unique" : "")
            .Append(" enum=[").Append(string.Join(",", c.AllowedValues)).Append("] const=").Append(c.Const)
            .Append(" extra=").Append(schema.AllowsAdditionalProperties).Append(" title=").Append(schema.Title)
            .Append(" description=").Append(schema.Description).Append('\n');
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
