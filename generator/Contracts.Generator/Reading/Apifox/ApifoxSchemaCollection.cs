using System;
using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>
/// The named schemas of a project export. An item's "id" ("#/definitions/187597579") is exactly what "$ref" says, so
/// references resolve by looking the id up, not by walking a pointer (there is no "definitions" object).
/// </summary>
internal sealed class ApifoxSchemaCollection
{
    private readonly JsonFieldReader _fields;
    private readonly SchemaRegistry _registry;
    private readonly Dictionary<string, ApifoxSchemaDocs> _docs = new(StringComparer.Ordinal);

    public ApifoxSchemaCollection(JsonFieldReader fields, SchemaRegistry registry)
    {
        _fields = fields;
        _registry = registry;
    }

    /// <summary>The key function for <see cref="SchemaRegistry"/>: a reference is its target's id.</summary>
    public static string? KeyOf(string reference) => reference;

    /// <summary>Registers every schema item of the tree under its id; the first of two equal ids wins.</summary>
    public void Register(JsonNode? collection, ApifoxTreeWalker walker)
    {
        foreach (var leaf in walker.Leaves(collection, "schemaCollection", "schema"))
        {
            var item = leaf.Item;
            var id = _fields.Scalar(item.Get("id"), leaf.Label + ".id");
            if (id is null)
            {
                if (item.Get("id") is null) _fields.Missing(leaf.Label + ".id", "a schema id", item.Span);
                continue;
            }
            var holder = _fields.Object(item.Get("schema"), leaf.Label + ".schema");
            if (holder is null) continue;
            var jsonSchemaNode = holder.Get("jsonSchema");
            if (jsonSchemaNode is null) _fields.Missing(leaf.Label + ".schema.jsonSchema", "an object", holder.Span);
            if (_fields.Object(jsonSchemaNode, leaf.Label + ".schema.jsonSchema") is not { } jsonSchema) continue;
            var displayName = _fields.Text(item.Get("displayName"), leaf.Label + ".displayName");
            var name = _fields.Text(item.Get("name"), leaf.Label + ".name") ?? displayName ?? LastSegment(id);
            if (_registry.Contains(id)) continue;
            _registry.Register(id, name, jsonSchema, "");
            _docs[id] = new ApifoxSchemaDocs(displayName, _fields.Text(item.Get("description"), leaf.Label + ".description"));
        }
    }

    /// <summary>Gives each named schema its display name as title and the item's description, where the schema has none.</summary>
    public EquatableArray<NamedSchema> Document(EquatableArray<NamedSchema> named)
    {
        var documented = new NamedSchema[named.Count];
        for (var i = 0; i < named.Count; i++)
        {
            var entry = named[i];
            var schema = entry.Schema;
            if (_docs.TryGetValue(entry.Key, out var docs))
            {
                schema = schema with
                {
                    Title = schema.Title ?? docs.DisplayName,
                    Description = schema.Description ?? docs.Description,
                };
            }
            documented[i] = entry with { Schema = schema };
        }
        return new EquatableArray<NamedSchema>(documented);
    }

    /// <summary>"#/definitions/187597579" → "187597579": a last-resort name.</summary>
    private static string LastSegment(string id) => id.Substring(id.LastIndexOf('/') + 1) is { Length: > 0 } last ? last : id;
}
