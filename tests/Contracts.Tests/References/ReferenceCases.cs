using System.Collections.Generic;
using System.Linq;
using System.Text;
using Contracts.Generator.Reading;
using Xunit;

namespace Contracts.Tests.References;

/// <summary>
/// One "$ref" at the request member "v", with the components it needs, and whether it means the object Limit
/// (<c>{"n": integer, maximum 5}</c>) or, unresolved, any JSON. Every user of references runs the same cases.
/// </summary>
public sealed record ReferenceCase(string Name, string Site, string Components, bool Resolves)
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
    }

    public static IEnumerable<object[]> Theory() => All().Select(c => new object[] { c });

    /// <summary>A1 → A2 → … → A{aliases} → Limit.</summary>
    private static string Chain(int aliases)
    {
        var members = new StringBuilder();
        for (var i = 1; i <= aliases; i++) members.Append("\"A").Append(i).Append("\": ").Append(Ref(i == aliases ? "Limit" : "A" + (i + 1))).Append(", ");
        return members.Append("\"Limit\": LIMIT").ToString();
    }

    /// <summary>POST /things with a JSON body {"v": site}, an example whose n (7) breaks Limit's maximum 5, and the components.</summary>
    public static string Document(ReferenceCase @case, int maximum = 5)
        => """
            {"openapi": "3.0.1", "info": {"title": "Refs", "version": "1"},
             "paths": {"/things": {"post": {"operationId": "postThings",
               "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"v": SITE}}, "example": {"v": {"n": 7}}}}},
               "responses": {"204": {"description": "No content"}}}}},
             "components": {"schemas": {COMPONENTS}}}
            """.Replace("SITE", @case.Site).Replace("COMPONENTS", @case.Components.Replace("LIMIT", Limit(maximum)));

    public static void AssertCasesAreDistinct() => Assert.Equal(All().Count(), All().Select(c => c.Name).Distinct().Count());
}
