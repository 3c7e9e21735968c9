using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Contracts.Generator.Reading.Yaml;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Reading.Yaml;

/// <summary>
/// An OpenAPI YAML file listed as AdditionalFiles, through the generator: a working client, the same code as its JSON
/// form, and diagnostics at the YAML's own lines and columns.
/// </summary>
public sealed class YamlOpenApiGenerationTests
{
    private const string Path = "/repo/schemas/replicate.openapi.yaml";

    private static string Yaml([CallerFilePath] string thisFile = "")
        => File.ReadAllText(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(thisFile)!, "Fixtures", "replicate.openapi.yaml"));

    private static GeneratorRun Generate(string text, string path = Path, params string[] extraSources)
        => GeneratorHarness.Run(new[] { new SchemaInput(path, text, "Yaml.Replicate", "ReplicateClient") }, extraSources);

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    [Fact]
    public async Task The_seed_as_openapi_yaml_compiles_to_a_working_client()
    {
        await using var server = await LoopbackServer.StartAsync(request => request.BodyText.Contains("\"num_outputs\":9", StringComparison.Ordinal)
            ? LoopbackResponse.Json(422, """{"detail":"num_outputs: at most 8"}""")
            : LoopbackResponse.Json(200, """{"id":"p1","status":"succeeded","output":["https://example.com/out.png"],"metrics":{"predict_time":1.5}}"""));
        var run = Generate(Yaml(), Path, """
            using Yaml.Replicate;
            public static class Probe
            {
                public static async System.Threading.Tasks.Task<string> Run(string baseAddress)
                {
                    using var http = new System.Net.Http.HttpClient { BaseAddress = new System.Uri(baseAddress) };
                    var client = new ReplicateClient(http, new Contracts.ContractsClientOptions { ValidateRequests = false });
                    var made = await client.CreatePredictionAsync(new PredictionRequest { Input = new PredictionRequestInput { Image = "https://example.com/in.png", NumOutputs = 2 } });
                    string refused;
                    try { await client.CreatePredictionAsync(new PredictionRequest { Input = new PredictionRequestInput { Image = "x", NumOutputs = 9 } }); refused = "no exception"; }
                    catch (Contracts.ApiException<CreatePrediction422Error> error) { refused = (int)error.StatusCode + " " + error.Error.Detail; }
                    var invalid = new PredictionRequest { Input = new PredictionRequestInput { Image = "x", NumOutputs = 9 } }.Validate().Count;
                    return string.Join("|", made.Id, made.Status, made.Output![0], made.Metrics!.PredictTime, refused, invalid);
                }
            }
            """);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        using var compiled = run.Compile();

        var result = await (Task<string>)compiled.InvokeStatic("Probe", "Run", server.BaseAddress.ToString())!;

        Assert.Equal("p1|succeeded|https://example.com/out.png|1.5|422 num_outputs: at most 8|1", result);
        var sent = JsonNode.Parse(server.Requests[0].BodyText)!;
        Assert.Equal("https://example.com/in.png", sent["input"]!["image"]!.GetValue<string>());
        Assert.Equal("/replicate/v1/predictions", server.Requests[0].PathAndQuery);
    }

    [Fact]
    public void The_yaml_and_its_json_form_generate_the_same_code()
    {
        var yaml = Yaml();
        var json = JsonNode.Parse(TreeJson.Of(YamlParser.Parse(yaml).Root!))!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

        var fromYaml = Generate(yaml).GeneratedSources;
        var fromJson = Generate(json, "/repo/schemas/replicate.openapi.json").GeneratedSources;

        Assert.Equal(fromJson.Keys, fromYaml.Keys);
        foreach (var (hint, text) in fromJson) Assert.Equal(text.Replace("replicate.openapi.json", "replicate.openapi.yaml"), fromYaml[hint]);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_at_its_yaml_line_and_column()
    {
        var broken = Yaml().Replace("  version: \"1.0\"", "  version: \"1.0");

        var run = Generate(broken);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CTR1020", error.Id);
        Assert.Equal((6, 12), Position(error));
        Assert.Contains("is the closing \" missing?", error.GetMessage());
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_tab_used_as_indentation_is_reported_where_it_is()
    {
        var broken = Yaml().Replace("      operationId: createPrediction", "\toperationId: createPrediction");

        var error = Assert.Single(Generate(broken).GeneratorDiagnostics);

        Assert.Equal(("CTR1020", (11, 1)), (error.Id, Position(error)));
    }

    [Fact]
    public void Schema_diagnostics_point_at_yaml_lines()
    {
        var yaml = Yaml().Replace("              maximum: 20   # classifier-free guidance", "              maximum: lots");

        var warning = Assert.Single(Generate(yaml).GeneratorDiagnostics, d => d.Id == "CTR2006");

        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("maximum: lots", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, Position(warning).Line);
    }

    [Fact]
    public void A_second_document_is_refused_at_its_marker()
    {
        var run = Generate(Yaml() + "---\nopenapi: 3.0.3\n");

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("CTR1021", (Yaml().Split('\n').Length, 1)), (error.Id, Position(error)));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_custom_tag_is_ignored_with_a_warning_and_the_client_still_generated()
    {
        var run = Generate(Yaml().Replace("  title: Replicate predictions", "  title: !label Replicate predictions"));

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(("CTR1022", (5, 10)), (warning.Id, Position(warning)));
        Assert.Contains("'!label'", warning.GetMessage());
        Assert.Contains(run.GeneratedSources.Keys, k => k.EndsWith("ReplicateClient.g.cs", StringComparison.Ordinal));
    }
}
