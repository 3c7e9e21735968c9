using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Tests.Seed;
using Xunit;

namespace Contracts.Tests.Reading.Equivalence;

/// <summary>
/// The seed API written three ways (the documentation page, an Apifox project export, Apifox's OpenAPI) reads into the
/// same model: nothing downstream of the readers can tell the formats apart. The two other forms are built here from the
/// page's own JSON blocks, the way Apifox itself lays them out.
/// </summary>
public sealed class SameApiThreeFormatsTests
{
    private const string Title = "创建任务 stability-ai/stable-diffusion-img2img";

    private static JsonNode Block(string heading) => JsonNode.Parse(SeedExamples.Block(heading).GetRawText())!;

    private static string ProjectExport()
    {
        var api = new JsonObject
        {
            ["id"] = "327393935",
            ["method"] = "post",
            ["path"] = "/replicate/v1/predictions",
            ["parameters"] = Block("参数"),
            ["requestBody"] = Block("请求体"),
            ["responses"] = Block("响应"),
            ["responseExamples"] = Block("响应示例"),
            ["operationId"] = "",
            ["status"] = "released",
        };
        var export = new JsonObject
        {
            ["apifoxProject"] = "1.0.0",
            ["$schema"] = new JsonObject { ["app"] = "apifox", ["type"] = "project", ["version"] = "1.2.0" },
            ["info"] = new JsonObject { ["name"] = "Replicate" },
            ["apiCollection"] = new JsonArray(new JsonObject
            {
                ["name"] = "根目录",
                ["parentId"] = 0,
                ["items"] = new JsonArray(new JsonObject { ["name"] = Title, ["api"] = api }),
            }),
            ["schemaCollection"] = new JsonArray(),
        };
        return export.ToJsonString();
    }

    private static string OpenApi()
    {
        var body = Block("请求体");
        var responseExamples = new JsonObject();
        foreach (var example in Block("响应示例").AsArray())
        {
            responseExamples[example!["name"]!.GetValue<string>()] = new JsonObject { ["value"] = JsonNode.Parse(example["data"]!.GetValue<string>()) };
        }
        var document = new JsonObject
        {
            ["openapi"] = "3.0.1",
            ["info"] = new JsonObject { ["title"] = "Replicate", ["version"] = "1.0.0" },
            ["paths"] = new JsonObject
            {
                ["/replicate/v1/predictions"] = new JsonObject
                {
                    ["post"] = new JsonObject
                    {
                        ["summary"] = Title,
                        ["deprecated"] = false,
                        ["description"] = "",
                        ["tags"] = new JsonArray(),
                        ["parameters"] = new JsonArray(new JsonObject
                        {
                            ["name"] = "Authorization", ["in"] = "header", ["required"] = false,
                            ["example"] = "Bearer {{YOUR_API_KEY}}", ["schema"] = new JsonObject { ["type"] = "string" },
                        }),
                        ["requestBody"] = new JsonObject
                        {
                            ["required"] = true,
                            ["content"] = new JsonObject
                            {
                                ["application/json"] = new JsonObject
                                {
                                    ["schema"] = body["jsonSchema"]!.DeepClone(),
                                    ["examples"] = new JsonObject { ["example 1"] = new JsonObject { ["value"] = JsonNode.Parse(body["examples"]![0]!["value"]!.GetValue<string>()) } },
                                },
                            },
                        },
                        ["responses"] = new JsonObject
                        {
                            ["200"] = new JsonObject
                            {
                                ["description"] = "成功",
                                ["content"] = new JsonObject
                                {
                                    ["application/json"] = new JsonObject { ["schema"] = Block("响应")[0]!["jsonSchema"]!.DeepClone(), ["examples"] = responseExamples },
                                },
                            },
                        },
                        ["security"] = new JsonArray(),
                    },
                },
            },
            ["components"] = new JsonObject { ["schemas"] = new JsonObject() },
            ["servers"] = new JsonArray(),
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    [Fact]
    public void Page_project_export_and_openapi_read_into_the_same_model()
    {
        var page = ApiDocumentReader.Read("seed.apifox.txt", SeedExamples.SeedText, default)!;
        var export = ApiDocumentReader.Read("seed.apifox.json", ProjectExport(), default)!;
        var openApi = ApiDocumentReader.Read("seed.openapi.json", OpenApi(), default)!;

        Assert.Equal((SourceFormat.ApifoxPage, SourceFormat.ApifoxProject, SourceFormat.OpenApi), (page.Format, export.Format, openApi.Format));
        var expected = ModelText.Of(page);
        Assert.Equal(expected, ModelText.Of(export));
        Assert.Equal(expected, ModelText.Of(openApi));
        // The same findings too (readers visit sections in different orders, so they are compared sorted).
        string[] Findings(ApiDocument document) => document.Diagnostics.Select(d => d.Id + " " + string.Join("|", d.Arguments)).OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(Findings(page), Findings(export));
        Assert.Equal(Findings(page), Findings(openApi));
    }
}
