using System.Linq;
using Contracts.Generator;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Emitting;
using Contracts.Generator.Planning;
using Contracts.Generator.Model;
using Contracts.Generator.Naming;
using Contracts.Tests.Harness;
using Xunit;
using static Contracts.Tests.Emitting.ModelFixtures;

namespace Contracts.Tests.Naming;

public sealed class NamingTests
{
    [Theory]
    [InlineData("num_outputs", "NumOutputs")]
    [InlineData("createdAt", "CreatedAt")]
    [InlineData("HTTPServer", "HTTPServer")]
    [InlineData("x-request-id", "XRequestId")]
    [InlineData("123", "_123")]
    [InlineData("", "Property")]
    [InlineData("!!!", "Property")]
    [InlineData("名称", "名称")]
    [InlineData("class", "Class")]
    public void Pascal_case_names_are_valid_identifiers(string name, string expected)
        => Assert.Equal(expected, Identifier.ToPascalCase(name, "Property"));

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("prediction_id", "predictionId")]
    [InlineData("Value", "@value")]
    public void Camel_case_names_escape_keywords(string name, string expected)
        => Assert.Equal(expected, Identifier.ToCamelCase(name, "value"));

    [Theory]
    [InlineData("POST", "/replicate/v1/predictions", null, "PostPredictions")]
    [InlineData("GET", "/replicate/v1/predictions/{prediction_id}", null, "GetPredictionsByPredictionId")]
    [InlineData("POST", "/replicate/v1/predictions/{prediction_id}/cancel", null, "PostPredictionsByPredictionIdCancel")]
    [InlineData("GET", "/", null, "GetRoot")]
    [InlineData("POST", "/anything", "createPrediction", "CreatePrediction")]
    [InlineData("POST", "/anything", "创建任务", "PostAnything")]
    public void Operations_are_named_from_operation_id_or_method_and_path(string method, string path, string? operationId, string expected)
    {
        var operation = new Operation(method, path, operationId, "创建任务", null, default, default, null, default, SourceSpan.None);
        Assert.Equal(expected, OperationNamer.BaseName(operation));
    }

    [Fact]
    public void Colliding_keyword_digit_empty_and_reserved_names_all_compile_and_keep_their_wire_names()
    {
        string[] names = { "a_b", "aB", "AB", "class", "123", "", "Validate", "AdditionalProperties", "JsonConverter", "post_things_request", "名称", "EqualityContract", "num_outputs", "NumOutputsMaximum" };
        var body = Object(names.Select(n => Member(n, n == "num_outputs" ? Integer("1", "8") : String())).ToArray());
        var document = Document("names.apifox.txt", body);

        var plan = PlanBuilder.Build(document, new SchemaFileOptions("Fixtures.Names", null, null));
        var record = plan.Records.Single();

        var identifiers = record.Properties.Select(p => p.Name).ToArray();
        Assert.Equal(identifiers.Length, identifiers.Distinct().Count());
        Assert.All(identifiers, id => Assert.True(Identifier.IsValid(id), id));
        Assert.Equal(new[] { "AB", "AB2", "AB3", "Class", "_123", "Property", "Validate2", "AdditionalProperties2", "JsonConverter2", "PostThingsRequest2", "名称", "EqualityContract2", "NumOutputs", "NumOutputsMaximum" }, identifiers);
        Assert.Equal("NamesClient", plan.ClientName);
        Assert.Contains(plan.Diagnostics, d => d.Id == DiagnosticId.IdentifierRenamed && d.Arguments[0] == "aB" && d.Arguments[1] == "AB2");

        var sources = FileEmitter.Emit(plan).Select(s => s.Text).ToList();
        sources.Add("""
            public static class Probe
            {
                public static string Run()
                {
                    var json = "{\"a_b\":\"1\",\"aB\":\"2\",\"AB\":\"3\",\"class\":\"4\",\"123\":\"5\",\"\":\"6\",\"Validate\":\"7\",\"num_outputs\":9}";
                    var value = System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Names.NamesJsonContext.Default.PostThingsRequest)!;
                    return value.AB + value.AB2 + value.AB3 + value.Class + value._123 + value.Property + value.Validate2 + "|" + value.Validate().Single().Path
                        + "|" + System.Text.Json.JsonSerializer.Serialize(value, Fixtures.Names.NamesJsonContext.Default.PostThingsRequest);
                }
            }
            """);
        using var compiled = GeneratorHarness.Run(Enumerable.Empty<SchemaInput>(), sources.Append("global using System.Linq;")).Compile();
        var result = ((string)compiled.InvokeStatic("Probe", "Run")!).Split('|');
        Assert.Equal("1234567", result[0]);
        Assert.Equal("/num_outputs", result[1]);
        Assert.StartsWith("{\"a_b\":\"1\",\"aB\":\"2\",\"AB\":\"3\",\"class\":\"4\",\"123\":\"5\",\"\":\"6\",\"Validate\":\"7\"", result[2]);
    }

    [Fact]
    public void Unusable_namespace_metadata_falls_back_with_a_warning()
    {
        var plan = PlanBuilder.Build(Document("my-api.apifox.txt", Object(Member("a", String()))), new SchemaFileOptions("Not A Namespace", "class", "Company.Product"));

        Assert.Equal("Company.Product.MyApi", plan.Namespace);
        Assert.Equal("MyApiClient", plan.ClientName);
        Assert.Equal(2, plan.Diagnostics.Count(d => d.Id == DiagnosticId.InvalidOption));
    }
}
