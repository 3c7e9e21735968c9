using System.Linq;
using Xunit;
using static Contracts.Tests.Diff.TestApi;

namespace Contracts.Tests.Diff;

/// <summary>Rules apply through references, allOf, nested objects and arrays, at the JSON Pointer of the changed place; cycles end.</summary>
public sealed class SchemaTraversalTests
{
    private const string PetSchemas = """
        {
          "Pet": {"type": "object", "properties": {"name": {"type": "string"}, "category": {"$ref": "#/components/schemas/Category"}}},
          "Category": {"type": "object", "properties": {"name": {"type": "string", "maxLength": MAX}}}
        }
        """;

    [Fact]
    public void A_change_behind_two_references_has_the_pointer_of_the_data()
    {
        var body = """{"$ref": "#/components/schemas/Pet"}""";

        var findings = Compare(RequestBody(body, PetSchemas.Replace("MAX", "50")), RequestBody(body, PetSchemas.Replace("MAX", "20")));

        var finding = Assert.Single(findings);
        Assert.Equal("request-property-max-length-decreased", finding.Rule.Id);
        Assert.Equal("/category/name", finding.Pointer);
        Assert.Equal("POST /items", finding.Operation);
    }

    [Fact]
    public void Array_items_are_a_star_in_the_pointer()
    {
        string Body(string type) => """{"type": "object", "properties": {"items": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "TYPE_"}}}}}}""".Replace("TYPE_", type);

        var finding = Assert.Single(Compare(ResponseBody(Body("string")), ResponseBody(Body("integer"))));

        Assert.Equal("response-property-type-changed", finding.Rule.Id);
        Assert.Equal("/items/*/name", finding.Pointer);
    }

    [Theory]
    [InlineData("[\"integer\", \"string\"]", "[\"integer\", \"boolean\"]", "response-property-type-changed", "type integer|string → boolean|integer")]
    [InlineData("[\"integer\", \"string\"]", "[\"number\", \"string\"]", "response-property-type-widened", "type integer|string → number|string")]
    [InlineData("[\"integer\", \"string\", \"boolean\"]", "[\"integer\", \"string\"]", "response-property-type-narrowed", "type boolean|integer|string → integer|string")]
    [InlineData("\"string\"", "[\"integer\", \"string\"]", "response-property-type-widened", "type string → integer|string")]
    public void Type_lists_are_compared_as_sets_of_types(string before, string after, string rule, string detail)
    {
        string Body(string type) => """{"type": "object", "properties": {"v": {"type": TYPE_}}}""".Replace("TYPE_", type);

        var finding = Assert.Single(Compare(ResponseBody(Body(before)), ResponseBody(Body(after))));

        Assert.Equal(rule, finding.Rule.Id);
        Assert.Equal("/v", finding.Pointer);
        Assert.Equal(detail, finding.Detail);
    }

    [Fact]
    public void The_same_type_list_in_another_order_is_no_change()
    {
        string Body(string type) => """{"type": "object", "properties": {"v": {"type": TYPE_}}}""".Replace("TYPE_", type);

        Assert.Empty(Compare(ResponseBody(Body("[\"string\", \"integer\"]")), ResponseBody(Body("[\"integer\", \"string\"]"))));
    }

    [Fact]
    public void AllOf_parts_are_compared_as_the_merged_object()
    {
        string Schemas(string type) => """{"Base": {"type": "object", "properties": {"id": {"type": "TYPE_"}}, "required": ["id"]}}""".Replace("TYPE_", type);
        var body = """{"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "properties": {"label": {"type": "string"}}}]}""";

        var finding = Assert.Single(Compare(ResponseBody(body, Schemas("integer")), ResponseBody(body, Schemas("string"))));

        Assert.Equal("response-property-type-changed", finding.Rule.Id);
        Assert.Equal("/id", finding.Pointer);
    }

    [Fact]
    public void A_self_referencing_schema_terminates_and_reports_once_at_the_shortest_pointer()
    {
        string Schemas(int max) => """{"Node": {"type": "object", "properties": {"value": {"type": "integer", "maximum": MAX_}, "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}, "parent": {"$ref": "#/components/schemas/Node"}}}}""".Replace("MAX_", max.ToString());
        var body = """{"$ref": "#/components/schemas/Node"}""";

        var finding = Assert.Single(Compare(RequestBody(body, Schemas(10)), RequestBody(body, Schemas(5))));

        Assert.Equal("request-property-maximum-decreased", finding.Rule.Id);
        Assert.Equal("/value", finding.Pointer);
    }

    [Fact]
    public void A_shared_schema_is_reported_under_every_operation_that_uses_it()
    {
        string Schemas(int max) => """{"Page": {"type": "object", "properties": {"size": {"type": "integer", "maximum": MAX_}}}}""".Replace("MAX_", max.ToString());
        var body = """{"requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"page": {"$ref": "#/components/schemas/Page"}}}}}}}""";
        string Api(int max) => Document(new[] { ("post", "/a", body), ("post", "/b", body) }, Schemas(max));

        var findings = Compare(Api(100), Api(50));

        Assert.Equal(new[] { "POST /a", "POST /b" }, findings.Select(f => f.Operation));
        Assert.All(findings, f => Assert.Equal("/page/size", f.Pointer));
    }

    [Fact]
    public void Inlining_a_referenced_schema_or_renaming_it_is_no_change()
    {
        var named = RequestBody("""{"$ref": "#/components/schemas/Item"}""", """{"Item": {"type": "object", "properties": {"n": {"type": "integer"}}}}""");
        var renamed = RequestBody("""{"$ref": "#/components/schemas/Thing"}""", """{"Thing": {"type": "object", "properties": {"n": {"type": "integer"}}}}""");
        var inline = RequestBody("""{"type": "object", "properties": {"n": {"type": "integer"}}}""");

        Assert.Empty(Compare(named, renamed));
        Assert.Empty(Compare(named, inline));
        Assert.Empty(Compare(inline, named));
    }

    [Fact]
    public void A_recursive_schema_against_its_unrolled_copy_terminates()
    {
        var recursive = RequestBody("""{"$ref": "#/components/schemas/List"}""",
            """{"List": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/List"}}}}""");
        var unrolled = RequestBody("""{"type": "object", "properties": {"next": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/List"}}}}}""",
            """{"List": {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/List"}}}}""");

        Assert.Empty(Compare(recursive, unrolled));
    }

    [Fact]
    public void Path_templates_match_whatever_the_placeholder_is_called()
    {
        string Api(string name) => Document("get", "/pets/{" + name + "}", """{"parameters": [{"name": "NAME_", "in": "path", "required": true, "schema": {"type": "string"}}]}""".Replace("NAME_", name));

        var finding = Assert.Single(Compare(Api("id"), Api("petId")));

        Assert.Equal("request-parameter-renamed", finding.Rule.Id);
        Assert.Equal("GET /pets/{petId}", finding.Operation);
    }

    [Fact]
    public void A_limit_moved_from_prose_to_a_keyword_is_no_change()
    {
        var prose = RequestProperty("""{"type": "integer", "description": "How many. Minimum: 1, Maximum: 8."}""");
        var keyword = RequestProperty("""{"type": "integer", "description": "How many. Minimum: 1, Maximum: 8.", "minimum": 1, "maximum": 8}""");

        Assert.Empty(Compare(prose, keyword));
    }

    [Fact]
    public void A_prose_limit_counts_like_a_keyword()
    {
        var before = RequestProperty("""{"type": "integer", "maximum": 8}""");
        var after = RequestProperty("""{"type": "integer", "maximum": 8, "description": "Maximum: 6"}""");

        Assert.Contains(Compare(RequestProperty("""{"type": "integer", "description": "Maximum: 8"}"""), RequestProperty("""{"type": "integer", "description": "Maximum: 6"}""")),
            f => f.Rule.Id == "request-property-maximum-decreased" && f.Pointer == "/p");
        // The keyword wins over prose, as in the generator: no constraint change here.
        Assert.DoesNotContain(Compare(before, after), f => f.Rule.Id.Contains("maximum", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_exclusive_bound_at_the_same_value_is_tighter()
    {
        var finding = Assert.Single(Compare(
            RequestProperty("""{"type": "number", "maximum": 8}"""),
            RequestProperty("""{"type": "number", "maximum": 8, "exclusiveMaximum": true}""")));

        Assert.Equal("request-property-maximum-decreased", finding.Rule.Id);
    }

    [Fact]
    public void A_type_change_is_reported_once_not_member_by_member()
    {
        var finding = Assert.Single(Compare(
            ResponseProperty("""{"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}}"""),
            ResponseProperty("""{"type": "string"}""")));

        Assert.Equal("response-property-type-changed", finding.Rule.Id);
    }

    [Fact]
    public void Removals_point_at_the_old_file_and_additions_at_the_new_one()
    {
        var findings = Compare(
            ResponseBody("""{"type": "object", "properties": {"a": {"type": "string"}}}"""),
            ResponseBody("""{"type": "object", "properties": {"b": {"type": "string"}}}"""));

        Assert.Equal("old.json", findings.Single(f => f.Rule.Id == "response-property-removed-optional").Location!.File);
        Assert.Equal("new.json", findings.Single(f => f.Rule.Id == "response-property-added-optional").Location!.File);
        Assert.All(findings, f => Assert.True(f.Location!.Line > 1));
    }

    [Fact]
    public void A_parameter_description_change_is_reported_once()
    {
        string Api(string text) => Document("get", "/items", """{"parameters": [{"name": "q", "in": "query", "description": "TEXT", "schema": {"type": "string"}}]}""".Replace("TEXT", text));

        var finding = Assert.Single(Compare(Api("Search text."), Api("Words to search for.")));

        Assert.Equal("request-parameter-description-changed", finding.Rule.Id);
        Assert.Equal("query parameter q", finding.Where);
    }
}
