using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Contracts.Tests.Conformance;

/// <summary>
/// Moves a schema's top-level "definitions"/"$defs" into OpenAPI components and points local "$ref"s there ("#" at the
/// schema itself). Only "$ref"s in schema positions are rewritten: an enum value that looks like a reference stays data.
/// Other references (remote, into properties, to anchors) are left alone; the generator reports them (CTR2007).
/// </summary>
public static class SuiteReferences
{
    private static readonly string[] DefinitionKeywords = { "definitions", "$defs" };
    private static readonly string[] OneSchema = { "additionalProperties", "items", "additionalItems", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties" };
    private static readonly string[] SchemaLists = { "allOf", "anyOf", "oneOf", "prefixItems", "items" };
    private static readonly string[] SchemaMaps = { "properties", "patternProperties", "dependentSchemas", "dependencies", "definitions", "$defs" };

    /// <returns>The hoisted definitions by component name, with references rewritten.</returns>
    public static List<KeyValuePair<string, JsonNode?>> Hoist(JsonNode? schema, out JsonNode? root)
    {
        var hoisted = new List<KeyValuePair<string, JsonNode?>>();
        if (schema is JsonObject obj)
        {
            foreach (var keyword in DefinitionKeywords)
            {
                if (obj[keyword] is not JsonObject definitions) continue;
                obj.Remove(keyword);
                foreach (var (name, definition) in definitions.ToList())
                {
                    definitions.Remove(name);
                    Rewrite(definition);
                    hoisted.Add(new KeyValuePair<string, JsonNode?>(name, definition));
                }
            }
        }
        Rewrite(schema);
        root = schema;
        return hoisted;
    }

    private static void Rewrite(JsonNode? node)
    {
        if (node is not JsonObject obj) return;
        if (obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var text)) obj["$ref"] = Target(text);
        foreach (var keyword in OneSchema) Rewrite(obj[keyword]);
        foreach (var keyword in SchemaLists)
        {
            if (obj[keyword] is JsonArray list) foreach (var item in list) Rewrite(item);
        }
        foreach (var keyword in SchemaMaps)
        {
            if (obj[keyword] is JsonObject map) foreach (var (_, value) in map) Rewrite(value);
        }
    }

    private static string Target(string reference)
    {
        const string Components = "#/components/schemas/";
        if (reference == "#") return Components + WrappedDocument.SchemaName;
        foreach (var keyword in DefinitionKeywords)
        {
            var prefix = "#/" + keyword + "/";
            if (reference.StartsWith(prefix, StringComparison.Ordinal)) return Components + reference.Substring(prefix.Length);
        }
        return reference;
    }
}
