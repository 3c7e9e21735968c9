using System.Collections.Generic;
using System.Linq;
using System.Text;
using Contracts.Generator.Reading;
using Xunit;

namespace Contracts.Tests.References;

/// <summary>
/// One "$ref" at the request member "v", with the named schemas it needs (OpenAPI components, or with
/// <paramref name="Apifox"/> an Apifox project's schemaCollection items, keyed by id), and whether it means the object
/// Limit (<c>{"n": integer, maximum 5}</c>) or, unresolved, any JSON. Every user of references runs the same cases.
/// </summary>
public sealed record ReferenceCase(string Name, string Site, string Components, bool Resolves, bool Apifox = false)
{
    public override string ToString() => Name;
}

internal static class ReferenceCases
{
    private static string Limit(int maximum) => "{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\", \"maximum\": " + maximum + "}}}";

    private static string Ref(string pointerToken) => "{\"$ref\": \"#/components/schemas/" + pointerToken + "\"}";

    public static IEnumerable<ReferenceCase> All()
    {
        yield return new("direct", Ref("Limit"), "\"Limit\": LIMIT", true);
        yield return new("percent-encoded name", Ref("Max%20Limit"), "\"Max Limit\": LIMIT", true);
        yield return new("~1 and ~0 in the name", Ref("a~1b~0c"), "\"a/b~c\": LIMIT", true);
        yield return new("siblings beside $ref", "{\"$ref\": \"#/components/schemas/Limit\", \"description\": \"Beside.\", \"nullable\": true}", "\"Limit\": LIMIT", true);
        yield return new("alias of an alias", Ref("A"), "\"A\": " + Ref("B") + ", \"B\": " + Ref("Limit") + ", \"Limit\": LIMIT", true);
        yield return new("cycle of aliases", Ref("A"), "\"A\": " + Ref("B") + ", \"B\": " + Ref("A") + ", \"Limit\": LIMIT", false);
        yield return new("alias of itself", Ref("A"), "\"A\": " + Ref("A") + ", \"Limit\": LIMIT", false);
        yield return new("reference to nothing", Ref("Nope"), "\"Limit\": LIMIT", false);
        // The site's own reference counts: MaxHops references in all resolve, one more is taken for a cycle.
        yield return new("chain of MaxHops references", Ref("A1"), Chain(SchemaReferences.MaxHops - 1), true);
        yield return new("chain one longer than MaxHops", Ref("A1"), Chain(SchemaReferences.MaxHops), false);
        yield return new("Apifox id", ApifoxRef(100), ApifoxLimit, true, Apifox: true);
        yield return new("Apifox alias of an alias", ApifoxRef(1), ApifoxAlias(1, 2) + ", " + ApifoxAlias(2, 100) + ", " + ApifoxLimit, true, Apifox: true);
        yield return new("Apifox cycle of aliases", ApifoxRef(1), ApifoxAlias(1, 2) + ", " + ApifoxAlias(2, 1) + ", " + ApifoxLimit, false, Apifox: true);
        yield return new("Apifox id of nothing", ApifoxRef(999), ApifoxLimit, false, Apifox: true);
    }

    public static IEnumerable<object[]> Theory() => All().Select(c => new object[] { c });

    private static string ApifoxRef(int id) => "{\"$ref\": \"#/definitions/" + id + "\"}";

    private static string ApifoxAlias(int id, int target)
        => "{\"name\": \"A" + id + "\", \"id\": \"#/definitions/" + id + "\", \"schema\": {\"jsonSchema\": " + ApifoxRef(target) + "}}";

    private const string ApifoxLimit = "{\"name\": \"Limit\", \"id\": \"#/definitions/100\", \"schema\": {\"jsonSchema\": LIMIT}}";

    /// <summary>A1 → A2 → … → A{aliases} → Limit.</summary>
    private static string Chain(int aliases)
    {
        var members = new StringBuilder();
        for (var i = 1; i <= aliases; i++) members.Append("\"A").Append(i).Append("\": ").Append(Ref(i == aliases ? "Limit" : "A" + (i + 1))).Append(", ");
        return members.Append("\"Limit\": LIMIT").ToString();
    }

    /// <summary>POST /things with a JSON body {"v": site}, an example whose n (7) breaks Limit's maximum 5, and the components.</summary>
    public static string Document(ReferenceCase @case, int maximum = 5)
        => (@case.Apifox ? ApifoxDocument : OpenApiDocument).Replace("SITE", @case.Site).Replace("COMPONENTS", @case.Components.Replace("LIMIT", Limit(maximum)));

    /// <summary>The file name the document is read under, so format detection sees the usual suffix.</summary>
    public static string FileName(ReferenceCase @case) => @case.Apifox ? "refs.apifox.json" : "refs.openapi.json";

    private const string OpenApiDocument = """
            {"openapi": "3.0.1", "info": {"title": "Refs", "version": "1"},
             "paths": {"/things": {"post": {"operationId": "postThings",
               "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"v": SITE}}, "example": {"v": {"n": 7}}}}},
               "responses": {"204": {"description": "No content"}}}}},
             "components": {"schemas": {COMPONENTS}}}
            """;

    private const string ApifoxDocument = """
            {"apifoxProject": "1.0.0", "info": {"name": "Refs"},
             "apiCollection": [{"name": "根目录", "parentId": 0, "items": [
               {"name": "post things", "api": {"id": "1", "method": "post", "path": "/things",
                 "requestBody": {"type": "application/json", "jsonSchema": {"type": "object", "properties": {"v": SITE}}, "example": "{\"v\": {\"n\": 7}}"},
                 "responses": [{"id": "10", "code": 204, "name": "No content", "contentType": "json"}]}}]}],
             "schemaCollection": [{"name": "根目录", "items": [COMPONENTS]}]}
            """;

    public static void AssertCasesAreDistinct() => Assert.Equal(All().Count(), All().Select(c => c.Name).Distinct().Count());
}
