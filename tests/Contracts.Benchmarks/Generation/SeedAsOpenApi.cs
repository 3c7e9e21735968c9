using System.Text.Json;
using System.Text.Json.Nodes;
using Contracts.Benchmarks.Infrastructure;

namespace Contracts.Benchmarks.Generation;

/// <summary>
/// The seed's one operation as an OpenAPI 3.0 document, built from the page's own JSON blocks the way Apifox exports
/// it, so NSwag (which reads only OpenAPI) generates from the same API as we do.
/// </summary>
public static class SeedAsOpenApi
{
    public static string Build()
    {
        var body = JsonNode.Parse(SeedPage.Block("请求体").GetRawText())!;
        var response = JsonNode.Parse(SeedPage.Block("响应").GetRawText())![0]!;
        var operation = new JsonObject
        {
            ["summary"] = "创建任务 stability-ai/stable-diffusion-img2img",
            ["operationId"] = "createPrediction",
            ["parameters"] = new JsonArray(new JsonObject
            {
                ["name"] = "Authorization",
                ["in"] = "header",
                ["required"] = false,
                ["schema"] = new JsonObject { ["type"] = "string" },
            }),
            ["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject
                {
                    ["application/json"] = new JsonObject { ["schema"] = body["jsonSchema"]!.DeepClone() },
                },
            },
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject
                {
                    ["description"] = response["name"]!.GetValue<string>(),
                    ["content"] = new JsonObject
                    {
                        ["application/json"] = new JsonObject { ["schema"] = response["jsonSchema"]!.DeepClone() },
                    },
                },
            },
        };
        var document = new JsonObject
        {
            ["openapi"] = "3.0.1",
            ["info"] = new JsonObject { ["title"] = "Replicate", ["version"] = "1.0.0" },
            ["paths"] = new JsonObject { ["/replicate/v1/predictions"] = new JsonObject { ["post"] = operation } },
            ["components"] = new JsonObject { ["schemas"] = new JsonObject() },
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
