using System.Threading.Tasks;
using Contracts.Tests.Harness;
using Contracts.Tests.Reading.Markdown;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>An Apifox Markdown export as an AdditionalFile: the client compiles and speaks the API its tables describe.</summary>
public sealed class MarkdownClientTests
{
    private const string Probe = """
        using Fixtures.Shop;
        public static class Probe
        {
            public static async System.Threading.Tasks.Task<string> Run(string baseAddress)
            {
                using var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) };
                var client = new ShopClient(http);
                var list = await client.商品.GetGoodsEnvelopeAsync("main", page: 2, kind: "TEA");
                var updated = await client.商品.PutGoodsByIdAsync(7, new Goods { Id = 7, Name = "茶", Status = "ON_SALE" });
                var photo = new Contracts.FileContent(new System.IO.MemoryStream(new byte[] { 1, 2, 3 }), "tea.png", "image/png");
                await client.图片.PostGoodsByIdPhotoAsync(7, new PostGoodsByIdPhotoRequest { File = photo, Caption = "好茶" });
                var broken = await client.商品.GetGoodsEnvelopeAsync("main", page: 2, kind: "TEA");
                string refused;
                try { await client.商品.PutGoodsByIdAsync(7, new Goods { Id = 7, Status = "GONE" }); refused = "sent"; }
                catch (Contracts.ContractValidationException) { refused = "refused"; }
                return string.Join("|", list.Code, list.Data[0].Name, list.Data[0].Tags![0], updated.Status, list.Validate().Count, broken.Validate().Count, refused);
            }
        }
        """;

    [Fact]
    public async Task The_generated_client_sends_what_the_tables_say_and_validates_responses_by_them()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(request => request.PathAndQuery switch
        {
            // The second answer breaks the table (code is required): its Validate() says so.
            "/goods?page=2&kind=TEA" => ++calls == 1
                ? LoopbackResponse.Json(200, "{\"code\":0,\"data\":[{\"id\":7,\"name\":\"茶\",\"tags\":[\"绿\"]}]}")
                : LoopbackResponse.Json(200, "{\"data\":[]}"),
            "/goods/7" => LoopbackResponse.Json(200, "{\"id\":7,\"name\":\"茶\",\"status\":\"ON_SALE\"}"),
            "/goods/7/photo" => LoopbackResponse.Empty(204),
            _ => LoopbackResponse.Empty(404),
        });
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/docs/shop.md", MarkdownFixtures.Shop, "Fixtures.Shop", "ShopClient") }, new[] { Probe });
        using var compiled = run.Compile();

        var result = await (Task<string>)compiled.InvokeStatic("Probe", "Run", server.BaseAddress.ToString())!;

        Assert.Equal("0|茶|绿|ON_SALE|0|1|refused", result);
        Assert.Equal("main", server.Requests[0].Header("X-Shop"));
        Assert.Equal("{\"id\":7,\"name\":\"\\u8336\",\"status\":\"ON_SALE\"}", server.Requests[1].BodyText);
        Assert.StartsWith("multipart/form-data; boundary=", server.Requests[2].Header("Content-Type"));
    }

    [Fact]
    public void Diagnostics_point_at_the_markdown_line()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/docs/shop.md", MarkdownFixtures.Shop) });

        var mismatch = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CTR2002");
        var span = mismatch.Location.GetLineSpan();
        Assert.Equal("/repo/docs/shop.md", span.Path);
        Assert.Equal(MarkdownFixtures.LineOf(MarkdownFixtures.Shop, "{\"id\": \"seven\""), span.StartLinePosition.Line);
    }
}
