using System.Linq;
using System.Threading.Tasks;
using Contracts.Generator;
using Contracts.Generator.Emitting;
using Contracts.Generator.Planning;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>Operations in a top-level folder are reached through a property of the client named for the folder; undeclared path variables become parameters.</summary>
public sealed class FolderGroupsTests
{
    private static Operation Op(string method, string path, params string[] folder)
        => new(method, path, null, null, null, new EquatableArray<string>(folder), EquatableArray<Parameter>.Empty, null,
            new EquatableArray<Response>(new[] { new Response(204, null, null, "", null, EquatableArray<Example>.Empty, SourceSpan.None) }), SourceSpan.None);

    [Fact]
    public async Task Folders_become_client_properties_sharing_one_http_client()
    {
        var operations = new[]
        {
            Op("GET", "/health"),
            Op("GET", "/users/{id}", "Users", "Profiles"),
            Op("DELETE", "/users/{id}", "Users"),
            Op("POST", "/orders", "订单"),
            Op("POST", "/refresh", "HttpClient"),
        };
        var document = new ApiDocument("shop.openapi.json", SourceFormat.OpenApi, "Shop", new EquatableArray<Operation>(operations), EquatableArray<DiagnosticInfo>.Empty);
        var plan = PlanBuilder.Build(document, new SchemaFileOptions("Fixtures.Shop", "ShopClient", null));

        Assert.Equal(new[] { "Users", "订单", "HttpClient" }, plan.Folders.Select(f => f.PropertyName).ToArray());
        var sources = FileEmitter.Emit(plan).Select(s => s.Text).ToList();
        sources.Add("""
            public static class Probe
            {
                public static async System.Threading.Tasks.Task Run(string baseAddress)
                {
                    using var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) };
                    var client = new Fixtures.Shop.ShopClient(http);
                    await client.GetHealthAsync();
                    await client.Users.GetUsersByIdAsync("7");
                    await client.Users.DeleteUsersByIdAsync("a/b");
                    await client.订单.PostOrdersAsync();
                    await client.HttpClient.PostRefreshAsync();
                }
            }
            """);
        using var compiled = GeneratorHarness.Run(Enumerable.Empty<SchemaInput>(), sources).Compile();
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Empty(204));

        await (Task)compiled.InvokeStatic("Probe", "Run", server.BaseAddress.ToString())!;

        Assert.Equal(new[] { "GET /health", "GET /users/7", "DELETE /users/a%2Fb", "POST /orders", "POST /refresh" },
            server.Requests.Select(r => r.Method + " " + r.PathAndQuery).ToArray());
    }
}
