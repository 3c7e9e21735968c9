using System.Text.Json.Nodes;

namespace Contracts.Tests.Conformance;

/// <summary>
/// Turns a bare JSON Schema into an OpenAPI document the generator reads. The schema becomes the component
/// <see cref="SchemaName"/>, and the instance is read through <see cref="SchemaBatch.RootName"/>, an object whose required
/// member "v" refers to it: so a root schema of any type (a bare number, an array, null) is checked as a member value,
/// and an instance <c>x</c> is sent as <c>{"v": x}</c>. Definitions ("definitions", "$defs") become components too.
/// </summary>
public static class WrappedDocument
{
    public const string SchemaName = "ConformanceSchema";
    public const string Member = "v";

    /// <param name="openApiVersion">"3.0.3" for draft-4 schemas, "3.1.0" for draft 2020-12.</param>
    public static string Create(JsonNode? schema, string openApiVersion)
    {
        var hoisted = SuiteReferences.Hoist(schema?.DeepClone(), out var root);
        var schemas = new JsonObject();
        foreach (var (name, definition) in hoisted) schemas[name] = definition;
        schemas[SchemaName] = root;
        schemas[SchemaBatch.RootName] = JsonNode.Parse(
            "{\"type\":\"object\",\"required\":[\"" + Member + "\"],\"properties\":{\"" + Member + "\":{\"$ref\":\"#/components/schemas/" + SchemaName + "\"}}}");
        var document = new JsonObject
        {
            ["openapi"] = openApiVersion,
            ["info"] = new JsonObject { ["title"] = "conformance", ["version"] = "1" },
            ["paths"] = new JsonObject(),
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
        return document.ToJsonString();
    }

    /// <summary>The instance as the wrapper reads it.</summary>
    public static string Instance(JsonNode? data) => new JsonObject { [Member] = data?.DeepClone() }.ToJsonString();
}
