using System.Linq;
using System.Threading.Tasks;
using Contracts.Tests.Harness;
using Contracts.Tests.Reading.Swagger;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>A springfox-style Swagger 2.0 file as an AdditionalFile: the client compiles and speaks the API it describes.</summary>
public sealed class SwaggerClientTests
{
    private const string Probe = """
        using Fixtures.Shop;
        public static class Probe
        {
            public static async System.Threading.Tasks.Task<string> Run(string baseAddress)
            {
                using var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) };
                var client = new ShopClient(http);
                var list = await client.商品.ListUsingGETEnvelopeAsync("main", page: 2);
                var updated = await client.商品.UpdateUsingPUTAsync(7, new Goods { Id = 7, Name = "茶", Kind = GoodsKind.TEA });
                var photo = new Contracts.FileContent(new System.IO.MemoryStream(new byte[] { 1, 2, 3 }), "tea.png", "image/png");
                var uploaded = await client.商品.UploadUsingPOSTAsync(7, new UploadUsingPOSTRequest { File = photo, Caption = "好茶" });
                string refused;
                try { await client.商品.UploadUsingPOSTAsync(7, new UploadUsingPOSTRequest { File = photo, Caption = new string('x', 21) }); refused = "sent"; }
                catch (Contracts.ContractValidationException) { refused = "refused"; }
                return string.Join("|", list.Code, list.Data![0].Name, updated.Kind, uploaded.Size, refused);
            }
        }
        """;

    [Fact]
    public async Task The_generated_client_sends_parameters_bodies_and_forms_where_swagger_says()
    {
        await using var server = await LoopbackServer.StartAsync(request => request.PathAndQuery switch
        {
            "/api/goods?page=2" => LoopbackResponse.Json(200, "{\"code\":0,\"data\":[{\"id\":7,\"name\":\"茶\"}]}"),
            "/api/goods/7" => LoopbackResponse.Json(200, "{\"id\":7,\"name\":\"茶\",\"kind\":\"TEA\"}"),
            "/api/goods/7/photo" => LoopbackResponse.Json(200, "{\"size\":" + request.Body.Length + "}"),
            _ => LoopbackResponse.Empty(404),
        });
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/shop.swagger.json", SwaggerFixtures.Shop, "Fixtures.Shop", "ShopClient") }, new[] { Probe });
        using var compiled = run.Compile();

        var result = await (Task<string>)compiled.InvokeStatic("Probe", "Run", server.BaseAddress.ToString())!;

        var parts = result.Split('|');
        Assert.Equal(new[] { "0", "茶", "TEA" }, parts[..3]);
        Assert.Equal("refused", parts[4]);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal("main", server.Requests[0].Header("X-Shop"));
        Assert.Equal("PUT", server.Requests[1].Method);
        Assert.Equal("{\"id\":7,\"name\":\"\\u8336\",\"kind\":\"TEA\"}", server.Requests[1].BodyText);
        Assert.StartsWith("multipart/form-data; boundary=", server.Requests[2].Header("Content-Type"));
        Assert.Contains("filename=tea.png", server.Requests[2].BodyText);
    }

    [Fact]
    public void Diagnostics_point_into_the_swagger_file()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/shop.swagger.json", SwaggerFixtures.Shop) });

        var dangling = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CTR2007");
        var span = dangling.Location.GetLineSpan();
        Assert.Equal("/repo/shop.swagger.json", span.Path);
        Assert.Contains("Missing«Thing»", SwaggerFixtures.Shop.Split('\n')[span.StartLinePosition.Line]);
    }
}
