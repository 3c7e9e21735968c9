using System.Linq;
using System.Threading.Tasks;
using Contracts.Generator;
using Contracts.Generator.Emitting;
using Contracts.Generator.Planning;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Tests.Harness;
using Xunit;
using static Contracts.Tests.Emitting.ModelFixtures;

namespace Contracts.Tests.Client;

/// <summary>Form, multipart and text bodies and several typed success responses, generated, compiled and sent to a loopback server.</summary>
public sealed class BodiesAndResponsesTests
{
    private static Operation Op(string method, string path, RequestBody? body, params Response[] responses)
        => new(method, path, null, null, null, EquatableArray<string>.Empty, EquatableArray<Parameter>.Empty, body, new EquatableArray<Response>(responses), SourceSpan.None);

    private static Response Reply(int status, Schema? schema, string mediaType = "application/json")
        => new(status, null, null, mediaType, schema, EquatableArray<Example>.Empty, SourceSpan.None);

    private static CompiledAssembly Compile()
    {
        var upload = Object(Member("file", new Schema { Type = SchemaType.String, Format = "binary" }, required: true), Member("title", String()),
            Member("tags", new Schema { Type = SchemaType.Array, Items = String() }));
        var login = Object(Member("user", String(), required: true), Member("age", Integer("0", "150")));
        var operations = new[]
        {
            Op("POST", "/upload", new RequestBody("multipart/form-data", upload, true, EquatableArray<Example>.Empty, SourceSpan.None), Reply(200, Object(Member("size", Integer())))),
            Op("POST", "/login", new RequestBody("application/x-www-form-urlencoded", login, true, EquatableArray<Example>.Empty, SourceSpan.None), Reply(204, null)),
            Op("PUT", "/note", new RequestBody("text/plain", String(), true, EquatableArray<Example>.Empty, SourceSpan.None), Reply(200, null, "text/plain")),
            Op("GET", "/job", null, Reply(200, Object(Member("done", new Schema { Type = SchemaType.Boolean }))), Reply(202, Object(Member("eta", Integer()))), Reply(404, Object(Member("message", String())))),
        };
        var document = new ApiDocument("forms.openapi.json", SourceFormat.OpenApi, "Forms", new EquatableArray<Operation>(operations), EquatableArray<DiagnosticInfo>.Empty);
        var plan = PlanBuilder.Build(document, new SchemaFileOptions("Fixtures.Forms", "FormsClient", null));
        var sources = FileEmitter.Emit(plan).Select(s => s.Text).ToList();
        sources.Add("""
            using Fixtures.Forms;
            public static class Probe
            {
                public static async System.Threading.Tasks.Task<string> Run(string baseAddress)
                {
                    using var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) };
                    var client = new FormsClient(http);
                    var file = new Contracts.FileContent(new System.IO.MemoryStream(new byte[] { 1, 2, 3 }), "sketch.png", "image/png");
                    var uploaded = await client.PostUploadAsync(new PostUploadRequest { File = file, Title = "标题", Tags = new[] { "a", "b" } });
                    await client.PostLoginAsync(new PostLoginRequest { User = "ann & bob", Age = 30 });
                    var note = await client.PutNoteAsync("hello\nworld");
                    var done = await client.GetJobAsync();
                    var waiting = await client.GetJobAsync();
                    string missing;
                    try { await client.GetJobAsync(); missing = "no exception"; }
                    catch (Contracts.ApiException<GetJob404Error> error) { missing = (int)error.StatusCode + " " + error.Error.Message; }
                    return string.Join("|", uploaded.Size, note, done.StatusCode, done.Ok?.Done, waiting.StatusCode, waiting.Accepted?.Eta, missing);
                }
            }
            """);
        return GeneratorHarness.Run(Enumerable.Empty<SchemaInput>(), sources).Compile();
    }

    [Fact]
    public async Task Each_body_kind_is_encoded_and_each_status_read_as_its_own_type()
    {
        var jobCalls = 0;
        await using var server = await LoopbackServer.StartAsync(request => request.PathAndQuery switch
        {
            "/upload" => LoopbackResponse.Json(200, "{\"size\":" + request.Body.Length + "}"),
            "/login" => LoopbackResponse.Empty(204),
            "/note" => LoopbackResponse.Text(200, "saved: " + request.BodyText),
            _ => ++jobCalls switch
            {
                1 => LoopbackResponse.Json(200, "{\"done\":true}"),
                2 => LoopbackResponse.Json(202, "{\"eta\":5}"),
                _ => LoopbackResponse.Json(404, "{\"message\":\"no such job\"}"),
            },
        });
        using var compiled = Compile();

        var result = await (Task<string>)compiled.InvokeStatic("Probe", "Run", server.BaseAddress.ToString())!;

        var parts = result.Split('|');
        Assert.Equal(new[] { "saved: hello\nworld", "200", "True", "202", "5", "404 no such job" }, parts[1..]);
        var upload = server.Requests[0];
        Assert.StartsWith("multipart/form-data; boundary=", upload.Header("Content-Type"));
        var body = System.Text.Encoding.UTF8.GetString(upload.Body);
        Assert.Contains("name=file; filename=sketch.png", body);
        Assert.Contains("Content-Type: image/png", body);
        Assert.Contains("标题", body);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(body, "name=tags").Count);
        var login = server.Requests[1];
        Assert.StartsWith("application/x-www-form-urlencoded", login.Header("Content-Type"));
        Assert.Equal("user=ann+%26+bob&age=30", login.BodyText);
        Assert.StartsWith("text/plain", server.Requests[2].Header("Content-Type"));
    }
}
