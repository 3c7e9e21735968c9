using System.Linq;
using Contracts.Generator.Model;
using Contracts.Tests.Harness;
using Contracts.Tests.Reading.OpenApi;
using Contracts.Tests.Reading.Swagger;
using Microsoft.CodeAnalysis;
using Xunit;
using static Contracts.Tests.Reading.Apifox.ApifoxFixtures;

namespace Contracts.Tests.Reading.Apifox;

/// <summary>Shared responses (responseCollection), Apifox statuses and "deprecated", read and generated.</summary>
public sealed class ApifoxDetailsTests
{
    private static string SharedResponses(string apiCollection)
        => Project(apiCollection).Replace("\"apiCollection\":", """
            "responseCollection": [
              {"id": "901", "name": "未登录", "code": 401, "contentType": "json", "defaultEnable": true,
               "jsonSchema": {"type": "object", "properties": {"message": {"type": "string"}}, "required": ["message"]}},
              {"name": "分组", "items": [
                {"id": "902", "name": "记录不存在", "code": 404, "contentType": "json", "defaultEnable": false,
                 "jsonSchema": {"type": "object", "properties": {"code": {"type": "integer"}}}}
              ]}
            ],
            "apiCollection":
            """);

    [Fact]
    public void Shared_responses_join_endpoints_by_default_or_by_their_switches_and_own_responses_win()
    {
        var ownResponse = ", \"responses\": [{\"id\": \"1\", \"code\": 401, \"name\": \"自己的\", \"contentType\": \"json\", \"jsonSchema\": {\"type\": \"string\"}}]";
        var document = Read(SharedResponses(Root(
            Endpoint("默认", "get", "/a"),
            Endpoint("开关", "get", "/b", ", \"commonResponseStatus\": {\"901\": false, \"902\": true}"),
            Endpoint("自己的", "get", "/c", ownResponse))));

        Assert.Empty(document.Diagnostics);
        string Codes(int i) => string.Join(",", document.Operations[i].Responses.Select(r => r.StatusCode + ":" + r.Name));
        Assert.Equal("401:未登录", Codes(0));
        Assert.Equal("404:记录不存在", Codes(1));
        Assert.Equal("401:自己的", Codes(2));
        var shared = document.Operations[0].Responses[0];
        Assert.Equal(("application/json", "message"), (shared.MediaType, shared.Schema!.Properties[0].JsonName));
    }

    [CorpusFact]
    public void The_corpus_shared_responses_are_off_by_default_and_no_endpoint_turns_them_on()
    {
        var lines = System.IO.File.ReadAllLines(Corpus.PathOf(Corpus.ApifoxToApipost));
        var sharedFrom = System.Array.FindIndex(lines, l => l.Contains("\"responseCollection\""));
        var sharedTo = System.Array.FindIndex(lines, l => l.Contains("\"apiCollection\""));

        var document = Corpus.Read(Corpus.ApifoxToApipost);

        // Endpoints carry their own copies of the shared responses; none of the shared ones (by their lines) is added.
        Assert.InRange(sharedFrom, 0, sharedTo);
        Assert.DoesNotContain(document.Operations.SelectMany(o => o.Responses), r => r.Span.StartLine > sharedFrom && r.Span.StartLine < sharedTo);
    }

    [Fact]
    public void Apifox_statuses_are_kept_and_deprecated_ones_mark_the_operation()
    {
        var document = Read(Project(Root(
            Endpoint("开发中", "get", "/a", ", \"status\": \"developing\""),
            Endpoint("将废弃", "get", "/b", ", \"status\": \"deprecated\""),
            Endpoint("已废弃", "get", "/c", ", \"status\": \"obsolete\""))));

        Assert.Equal(new[] { ("developing", false), ("deprecated", true), ("obsolete", true) }, document.Operations.Select(o => (o.Status!, o.Deprecated)));
    }

    [Fact]
    public void OpenApi_and_swagger_read_deprecated_and_x_apifox_status()
    {
        var openApi = OpenApiFixtures.Read(OpenApiFixtures.OneOperation("""{"deprecated": true, "x-apifox-status": "released", "responses": {}}"""));
        var swagger = SwaggerFixtures.Read("""{"swagger": "2.0", "paths": {"/a": {"get": {"x-apifox-status": "deprecated", "responses": {}}}}}""");

        Assert.Equal(("released", true), (openApi.Operations[0].Status, openApi.Operations[0].Deprecated));
        Assert.Equal(("deprecated", true), (swagger.Operations[0].Status, swagger.Operations[0].Deprecated));
    }

    [Fact]
    public void Deprecated_operations_types_and_members_are_obsolete_and_the_generated_code_compiles_without_warnings()
    {
        var text = OpenApiFixtures.Document("""
            {"/pets": {"get": {"operationId": "listPets", "deprecated": true, "x-apifox-status": "deprecated",
              "responses": {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}},
             "post": {"operationId": "addPet", "x-apifox-status": "developing",
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
              "responses": {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Old"}}}}}}}}
            """, """
            {"schemas": {
              "Pet": {"type": "object", "required": ["tag"], "properties": {
                "name": {"type": "string"},
                "tag": {"type": "string", "deprecated": true},
                "old": {"$ref": "#/components/schemas/Old", "deprecated": true}}},
              "Old": {"type": "object", "deprecated": true, "properties": {"id": {"type": "integer"}}}}}
            """);
        var probe = """
            public static class Probe
            {
                public static string Names() => string.Join(",", System.Linq.Enumerable.Select(
                    System.Linq.Enumerable.Where(typeof(Fixtures.Pets.PetsClient).Assembly.GetTypes(), t => t.Namespace == "Fixtures.Pets"), t => t.Name));
            }
            """;

        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/pets.openapi.json", text, "Fixtures.Pets", "PetsClient") }, new[] { probe });

        var warnings = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
        var client = run.GeneratedSources.Single(s => s.Key.EndsWith("PetsClient.g.cs", System.StringComparison.Ordinal)).Value;
        Assert.Contains("/// <para>Apifox status: deprecated</para>", client);
        Assert.Contains("/// <para>Apifox status: developing</para>", client);
        using var compiled = run.Compile();
        var obsolete = typeof(System.ObsoleteAttribute);
        Assert.True(compiled.GetType("Fixtures.Pets.PetsClient").GetMethod("ListPetsAsync")!.IsDefined(obsolete, false));
        Assert.False(compiled.GetType("Fixtures.Pets.PetsClient").GetMethod("AddPetAsync")!.IsDefined(obsolete, false));
        Assert.True(compiled.GetType("Fixtures.Pets.Old").IsDefined(obsolete, false));
        Assert.False(compiled.GetType("Fixtures.Pets.Pet").IsDefined(obsolete, false));
        var pet = compiled.GetType("Fixtures.Pets.Pet");
        // A required member cannot be [Obsolete] in a type that is not (CS9042): "tag" is documented as deprecated instead.
        Assert.Equal(new[] { ("Name", false), ("Tag", false), ("Old", true) }, new[] { "Name", "Tag", "Old" }.Select(p => (p, pet.GetProperty(p)!.IsDefined(obsolete, false))));
        Assert.Contains("/// <remarks>Deprecated in the API description.</remarks>", run.GeneratedSources.Single(s => s.Key.EndsWith(".Pet.g.cs", System.StringComparison.Ordinal)).Value);
    }
}
