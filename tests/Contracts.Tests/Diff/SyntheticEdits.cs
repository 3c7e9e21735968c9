using System.Text.Json.Nodes;

namespace Contracts.Tests.Diff;

/// <summary>A few realistic edits to a <see cref="Scale.SyntheticExport"/> document, for the scale test and the speed measurement.</summary>
internal static class SyntheticEdits
{
    /// <summary>Removes DELETE /api/v1/resources0/{id}, adds a required query parameter to GET /api/v1/resources1/{id}, and
    /// shortens Model5's name from 120 to 100 characters.</summary>
    public static string Apply(string export)
    {
        var root = JsonNode.Parse(export)!;
        var paths = root["paths"]!;
        paths["/api/v1/resources0/{id}"]!.AsObject().Remove("delete");
        paths["/api/v1/resources1/{id}"]!["get"]!["parameters"]!.AsArray()
            .Add(JsonNode.Parse("""{"name": "tenant", "in": "query", "required": true, "schema": {"type": "string"}}"""));
        root["components"]!["schemas"]!["Model5"]!["properties"]!["name"]!["maxLength"] = 100;
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
