using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Contracts.Generator;
using Contracts.Generator.Planning;
using Contracts.Tests.Harness;
using Contracts.Tests.Reading.Apifox;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Client;

/// <summary>
/// Business envelopes (HTTP 200 with the real outcome in the body) in the four shapes the corpus uses, generated,
/// compiled and called against a loopback server: success returns the data member, failure throws
/// BusinessException with the code, the message and the envelope, and the …EnvelopeAsync method returns it as it is.
/// </summary>
public sealed class EnvelopeTests
{
    private const string Shapes = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Shapes", "version": "1" },
          "paths": {
            "/code": { "get": { "operationId": "codeMsg", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
              "type": "object", "properties": { "code": { "type": "integer" }, "msg": { "type": "string" },
                "data": { "type": "object", "properties": { "id": { "type": "integer" } } } } } } } } } } },
            "/status": { "get": { "operationId": "statusInfo", "responses": { "200": { "description": "ok", "content": { "application/json": {
              "schema": { "type": "object", "properties": { "status": { "type": "integer" }, "info": { "type": "string" }, "data": { "type": "array", "items": { "type": "string" } } } },
              "examples": { "ok": { "value": { "status": 10200, "info": "success", "data": [ "a" ] } } } } } } } } },
            "/retcode": { "get": { "operationId": "retcode", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
              "type": "object", "properties": { "status": { "type": "string" }, "retcode": { "type": "number" }, "message": { "type": "string" },
                "data": { "type": "object", "properties": { "message_id": { "type": "number" } } } } } } } } } } },
            "/result": { "get": { "operationId": "resultMsg", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
              "type": "object", "properties": { "Result": { "type": "string", "enum": [ "success", "failure" ], "default": "success" }, "ResultMsg": { "type": "string" } } } } } } } } },
            "/plain": { "get": { "operationId": "plain", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
              "type": "object", "properties": { "code": { "type": "object" }, "name": { "type": "string" } } } } } } } } },
            "/product": { "get": { "operationId": "product", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
              "type": "object", "properties": { "code": { "type": "string" }, "message": { "type": "string" } } } } } } } } }
          }
        }
        """;

    private const string Custom = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Custom", "version": "1" },
          "paths": { "/custom": { "get": { "operationId": "custom", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
            "type": "object", "properties": { "state": { "type": "integer" }, "why": { "type": "string" }, "payload": { "type": "string" }, "data": { "type": "string" } } } } } } } } } }
        }
        """;

    private const string Probe = """
        using System.Threading.Tasks;
        public static class Probe
        {
            private static System.Net.Http.HttpClient Http(string baseAddress) => new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) };

            public static async Task<string> Call(string baseAddress, string which)
            {
                var shapes = new Shapes.ShapesClient(Http(baseAddress));
                try
                {
                    switch (which)
                    {
                        case "code": { Shapes.CodeMsgResponseData? data = await shapes.CodeMsgAsync(); return "data " + data?.Id; }
                        case "status": { System.Collections.Generic.IReadOnlyList<string>? data = await shapes.StatusInfoAsync(); return "data " + string.Join(",", data!); }
                        case "retcode": { Shapes.RetcodeResponseData? data = await shapes.RetcodeAsync(); return "data " + data?.MessageId; }
                        case "result": { Shapes.ResultMsgResponse envelope = await shapes.ResultMsgAsync(); return "envelope " + envelope.ResultMsg; }
                        case "raw": { Shapes.CodeMsgResponse envelope = await shapes.CodeMsgEnvelopeAsync(); return "raw " + envelope.Code + " " + envelope.Msg; }
                        case "product": { Shapes.ProductResponse product = await shapes.ProductAsync(); return "product " + product.Code; }
                        case "plain": { Shapes.PlainResponse plain = await shapes.PlainAsync(); return "plain " + plain.Name; }
                        case "custom": { string? payload = await new Custom.CustomClient(Http(baseAddress)).CustomAsync(); return "data " + payload; }
                        default: { Off.CustomResponse envelope = await new Off.OffClient(Http(baseAddress)).CustomAsync(); return "off " + envelope.State; }
                    }
                }
                catch (Contracts.BusinessException error)
                {
                    return $"{error.GetType().Name} {error.Code} {error.BusinessMessage ?? "-"} {error.Envelope.GetType().Name} | {error.Message}";
                }
            }
        }
        """;

    private static GeneratorRun Run() => GeneratorHarness.Run(
        new[]
        {
            new SchemaInput("shapes.openapi.json", Shapes, "Shapes", "ShapesClient"),
            new SchemaInput("custom.openapi.json", Custom, "Custom", "CustomClient")
            {
                Metadata = new Dictionary<string, string>
                {
                    ["ContractsEnvelopeCode"] = "state", ["ContractsEnvelopeMessage"] = "why", ["ContractsEnvelopeData"] = "payload", ["ContractsEnvelopeSuccess"] = "1|2",
                },
            },
            new SchemaInput("off.openapi.json", Custom, "Off", "OffClient") { Metadata = new Dictionary<string, string> { ["ContractsEnvelope"] = "false" } },
        },
        new[] { Probe });

    [Theory]
    [InlineData("code", """{"code":0,"msg":"ok","data":{"id":7}}""", "data 7")]
    [InlineData("code", """{"code":200,"msg":"ok","data":{"id":8}}""", "data 8")]
    [InlineData("code", """{"code":40001,"msg":"token expired","data":null}""", "BusinessException`1 40001 token expired CodeMsgResponse | GET /code answered with business code 40001: token expired")]
    [InlineData("status", """{"status":10200,"info":"success","data":["x","y"]}""", "data x,y")]
    [InlineData("status", """{"status":10500,"info":"服务器错误"}""", "BusinessException`1 10500 服务器错误 StatusInfoResponse | GET /status answered with business code 10500: 服务器错误")]
    [InlineData("retcode", """{"status":"ok","retcode":0,"data":{"message_id":42}}""", "data 42")]
    [InlineData("retcode", """{"status":"failed","retcode":1400,"message":"bad group"}""", "BusinessException`1 1400 bad group RetcodeResponse | GET /retcode answered with business code 1400: bad group")]
    [InlineData("result", """{"Result":"success","ResultMsg":"saved"}""", "envelope saved")]
    [InlineData("result", """{"Result":"failure","ResultMsg":"not found"}""", "BusinessException`1 failure not found ResultMsgResponse | GET /result answered with business code failure: not found")]
    [InlineData("raw", """{"code":500,"msg":"down"}""", "raw 500 down")]
    [InlineData("product", """{"code":"SKU-1","message":"in stock"}""", "product SKU-1")]
    [InlineData("plain", """{"code":{},"name":"n"}""", "plain n")]
    [InlineData("custom", """{"state":2,"why":"fine","payload":"p","data":"d"}""", "data p")]
    [InlineData("custom", """{"state":0,"why":"no","payload":"p"}""", "BusinessException`1 0 no CustomResponse | GET /custom answered with business code 0: no")]
    [InlineData("off", """{"state":0}""", "off 0")]
    public async Task Envelopes_return_their_data_or_throw_with_code_message_and_envelope(string which, string body, string expected)
    {
        await using var server = await LoopbackServer.StartAsync(_ => LoopbackResponse.Json(200, body));
        using var compiled = Run().Compile();

        var result = await (Task<string>)compiled.InvokeStatic("Probe", "Call", server.BaseAddress.ToString(), which)!;

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Unusable_envelope_metadata_is_reported_and_the_defaults_used()
    {
        var run = GeneratorHarness.Run(new[]
        {
            new SchemaInput("custom.openapi.json", Custom, "Custom", "CustomClient")
            {
                Metadata = new Dictionary<string, string> { ["ContractsEnvelope"] = "maybe", ["ContractsEnvelopeCode"] = "state", ["ContractsEnvelopeSuccess"] = "ok" },
            },
        });

        var messages = run.GeneratorDiagnostics.Where(d => d.Id == "CTR4010").Select(d => d.GetMessage()).ToList();

        Assert.Equal(2, messages.Count);
        Assert.Contains("ContractsEnvelope metadata value 'maybe' cannot be used: expected true or false", messages[0]);
        Assert.Contains("ContractsEnvelopeSuccess metadata value 'ok' cannot be used", messages[1]);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    /// <summary>The four envelope shapes of the corpus, each recognised with its own code and message members.</summary>
    [CorpusTheory]
    [InlineData(Corpus.Jt808, "code", "msg", null)]
    [InlineData(Corpus.RedRockVideo, "status", "info", null)]
    [InlineData("napcat-sdk__apifox.openapi.json", "retcode", "message", null)]
    [InlineData(Corpus.Details, "Result", "ResultMsg", null)]
    [InlineData(Corpus.RedRockVideo, "status", "info", "10200")]
    public void The_corpus_envelopes_are_recognised(string name, string code, string message, string? success)
    {
        var document = Corpus.Read(name);
        var options = new SchemaFileOptions("Corpus.Envelopes", "EnvelopesClient", null)
        {
            Envelope = success is null ? null : new EnvelopeSettings(null, null, null, null, success),
        };

        var plan = PlanBuilder.Build(document, options);

        var envelopes = plan.Operations.Where(o => o.Envelope is not null).Select(o => o.Envelope!).ToList();
        Assert.NotEmpty(envelopes);
        Assert.Contains(envelopes, e => e.CodeMember == Generator.Naming.Identifier.ToPascalCase(code, "Property")
            && e.MessageMember == Generator.Naming.Identifier.ToPascalCase(message, "Property"));
        Assert.DoesNotContain(plan.Diagnostics, d => d.Id.Code == "CTR4010");
    }

    /// <summary>The corpus files' clients, envelopes and all, compile without a warning.</summary>
    [CorpusTheory]
    [InlineData(Corpus.Jt808)]
    [InlineData(Corpus.RedRockVideo)]
    [InlineData("napcat-sdk__apifox.openapi.json")]
    [InlineData(Corpus.Details)]
    public void The_corpus_clients_with_envelopes_compile_without_warnings(string name)
    {
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/schemas/" + name, File.ReadAllText(Corpus.PathOf(name)), "Corpus.Envelopes", "EnvelopesClient") });

        Assert.Contains(run.GeneratedSources.Values, source => source.Contains("EnvelopeAsync(", System.StringComparison.Ordinal));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
