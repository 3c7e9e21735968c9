using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.OpenApi;

/// <summary>
/// Collects the examples of a media type or parameter in their three forms: "example" (one value), "examples" (a map of
/// example objects, possibly "$ref"s) and, only when neither is given, the schema's own "examples" array or "example".
/// </summary>
internal sealed class OpenApiExamples
{
    public const string DefaultName = "example";

    private readonly OpenApiComponents _components;
    private readonly JsonFieldReader _fields;

    public OpenApiExamples(OpenApiComponents components, JsonFieldReader fields)
    {
        _components = components;
        _fields = fields;
    }

    /// <param name="owner">A media type object or a parameter.</param>
    /// <param name="schema">Its inline schema node, if any (not followed through "$ref").</param>
    public List<NamedValue> Read(JsonObjectNode owner, JsonNode? schema, string pointer)
    {
        var found = new List<NamedValue>();
        Add(found, DefaultName, owner.Get("example"));
        var examplesPointer = pointer + "/examples";
        if (_fields.Object(owner.Get("examples"), examplesPointer) is { } map)
        {
            foreach (var member in DistinctMembers.Of(map))
            {
                var entry = _components.Resolve(member.Value, OpenApiComponents.Examples, JsonPointer.Append(examplesPointer, member.Name));
                // An example given only by externalValue lives outside the file: nothing to check.
                if (entry is not null) Add(found, member.Name, entry.Get("value"));
            }
        }
        if (found.Count == 0 && schema is JsonObjectNode schemaObject) ReadSchemaExamples(schemaObject, found);
        return found;
    }

    // Schema-level examples repeat what the media type usually says, so they are a fallback only.
    private static void ReadSchemaExamples(JsonObjectNode schema, List<NamedValue> found)
    {
        if (schema.Get("examples") is JsonArrayNode values)
        {
            for (var i = 0; i < values.Items.Count; i++)
            {
                var name = i == 0 ? DefaultName : DefaultName + " " + (i + 1).ToString(CultureInfo.InvariantCulture);
                Add(found, name, values.Items[i]);
            }
        }
        else
        {
            Add(found, DefaultName, schema.Get("example"));
        }
    }

    // Apifox writes "" for "no example given" (even on object bodies); that is not an example.
    private static void Add(List<NamedValue> found, string name, JsonNode? value)
    {
        if (value is null || value is JsonStringNode { Value.Length: 0 }) return;
        found.Add(new NamedValue(name, value));
    }

    /// <summary>An example's name (its map key, else "example") and its JSON value.</summary>
    internal sealed record NamedValue(string Name, JsonNode Value);
}
