using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Contracts.Generator.Reading;
using Contracts.Tool.Diff.Engine;

namespace Contracts.Tests.Diff;

/// <summary>Small OpenAPI 3.0 documents built from JSON fragments, and the diff of two of them through the real readers.</summary>
internal static class TestApi
{
    /// <summary>A document whose paths hold the given operations: (method, path, operation object as JSON).</summary>
    public static string Document(IEnumerable<(string Method, string Path, string Operation)> operations, string schemas = "{}")
    {
        var paths = new JsonObject();
        foreach (var (method, path, operation) in operations)
        {
            if (paths[path] is not JsonObject item) paths[path] = item = new JsonObject();
            var node = JsonNode.Parse(operation)!.AsObject();
            if (node["responses"] is null) node["responses"] = JsonNode.Parse("""{"200": {"description": "OK"}}""");
            item[method] = node;
        }
        var document = new JsonObject
        {
            ["openapi"] = "3.0.1",
            ["info"] = new JsonObject { ["title"] = "Test", ["version"] = "1" },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = JsonNode.Parse(schemas) },
        };
        return document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    public static string Document(string method, string path, string operation, string schemas = "{}")
        => Document(new[] { (method, path, operation) }, schemas);

    /// <summary>GET /items with one query parameter "p" whose schema is <paramref name="schema"/>.</summary>
    public static string QueryParameter(string schema, string schemas = "{}")
        => Document("get", "/items", "{\"parameters\": [{\"name\": \"p\", \"in\": \"query\", \"schema\": " + schema + "}]}", schemas);

    /// <summary>POST /items whose JSON body is an object with one member "p" of <paramref name="schema"/>.</summary>
    public static string RequestProperty(string schema, string schemas = "{}")
        => RequestBody(ObjectWithP(schema), schemas);

    public static string RequestBody(string schema, string schemas = "{}")
        => Document("post", "/items", "{\"requestBody\": {\"content\": {\"application/json\": {\"schema\": " + schema + "}}}}", schemas);

    /// <summary>GET /items whose 200 response is an object with one member "p" of <paramref name="schema"/>.</summary>
    public static string ResponseProperty(string schema, string schemas = "{}")
        => ResponseBody(ObjectWithP(schema), schemas);

    public static string ResponseBody(string schema, string schemas = "{}")
        => Document("get", "/items", "{\"responses\": {\"200\": {\"description\": \"OK\", \"content\": {\"application/json\": {\"schema\": " + schema + "}}}}}", schemas);

    private static string ObjectWithP(string schema) => "{\"type\": \"object\", \"properties\": {\"p\": " + schema + "}}";

    public static List<Finding> Compare(string before, string after)
    {
        var old = ApiDocumentReader.Read("old.json", before, default) ?? throw new System.InvalidOperationException("old side not read");
        var now = ApiDocumentReader.Read("new.json", after, default) ?? throw new System.InvalidOperationException("new side not read");
        return ApiDiff.Compare("api.json", old, now);
    }

    public static string Describe(IEnumerable<Finding> findings)
        => string.Join("\n", findings.Select(f => $"{f.Rule.Id} {f.Operation} {f.Where}: {f.Detail}"));
}
