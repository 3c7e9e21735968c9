using System.Linq;
using System.Text;
using Contracts.Tests.Harness;
using Contracts.Tests.Seed;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Hostile;

/// <summary>Inputs built to break readers and emitters: each gets a precise diagnostic, and what can be generated compiles.</summary>
public sealed class HostileInputTests
{
    private static GeneratorRun Generate(string path, string text)
    {
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/schemas/" + path, text, "Hostile.Api", "HostileClient") });
        var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return run;
    }

    private static string[] Ids(GeneratorRun run) => run.GeneratorDiagnostics.Select(d => d.Id).Distinct().OrderBy(i => i).ToArray();

    private static string OpenApi(string paths, string schemas)
        => "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":" + paths + ",\"components\":{\"schemas\":" + schemas + "}}";

    [Fact]
    public void Ten_thousand_levels_of_nesting_skip_only_their_block()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 10_000; i++) deep.Append("{\"type\":\"object\",\"properties\":{\"a\":");
        deep.Append("{\"type\":\"string\"}");
        for (var i = 0; i < 10_000; i++) deep.Append("}}");
        var seed = SeedExamples.SeedText;
        var start = seed.IndexOf("\"jsonSchema\": {", System.StringComparison.Ordinal) + "\"jsonSchema\": ".Length;
        var end = seed.IndexOf("\"mediaType\": \"\",", start, System.StringComparison.Ordinal);
        var page = seed.Substring(0, start) + deep + ",\n  " + seed.Substring(end);

        var run = Generate("deep.apifox.txt", page);

        var tooDeep = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CTR1005");
        Assert.Contains("请求体", tooDeep.GetMessage());
        Assert.Contains(run.GeneratedSources.Keys, k => k.EndsWith(".PostPredictionsResponse.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_json_types_everywhere_are_reported_and_skipped()
    {
        var page = SeedExamples.SeedText
            .Replace("\"query\": [],", "\"query\": 5,")
            .Replace("\"required\": [\n          \"image\"\n        ],", "\"required\": \"image\",")
            .Replace("\"type\": \"integer\",\n            \"description\": \"输出图像数量", "\"type\": 7,\n            \"description\": \"输出图像数量")
            .Replace("\"code\": 200,", "\"code\": \"abc\",")
            .Replace("\"x-apifox-orders\": [\n      \"input\"\n    ]", "\"x-apifox-orders\": {}");

        var run = Generate("wrong.apifox.txt", page);

        Assert.Contains("CTR1003", Ids(run));
        Assert.Contains("CTR2006", Ids(run));
        Assert.All(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning), d => Assert.True(d.Location.GetLineSpan().StartLinePosition.Line > 0, d.ToString()));
        Assert.Contains(run.GeneratedSources.Keys, k => k.EndsWith(".PostPredictionsRequestInput.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Reference_cycles_self_references_and_references_to_nowhere()
    {
        var text = OpenApi(
            "{\"/a\":{\"post\":{\"requestBody\":{\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/A\"}}}},\"responses\":{\"200\":{\"description\":\"\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Missing\"}}}},\"400\":{\"description\":\"\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Gone\"}}}}}}}}",
            "{\"A\":{\"type\":\"object\",\"properties\":{\"b\":{\"$ref\":\"#/components/schemas/B\"},\"self\":{\"$ref\":\"#/components/schemas/A\"},\"far\":{\"$ref\":\"other.json#/x\"}}},"
            + "\"B\":{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"#/components/schemas/A\"}}},"
            + "\"Loop1\":{\"$ref\":\"#/components/schemas/Loop2\"},\"Loop2\":{\"$ref\":\"#/components/schemas/Loop1\"},"
            + "\"Merge\":{\"allOf\":[{\"$ref\":\"#/components/schemas/Merge\"},{\"type\":\"object\"}]}}");

        var run = Generate("cycles.openapi.json", text);

        Assert.Equal(3, run.GeneratorDiagnostics.Count(d => d.Id == "CTR2007"));
        Assert.Contains(run.GeneratedSources.Keys, k => k.EndsWith(".A.g.cs", System.StringComparison.Ordinal));
        Assert.Contains(run.GeneratedSources.Keys, k => k.EndsWith(".B.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Awkward_names_all_become_distinct_valid_identifiers()
    {
        string[] names = { "class", "", "123", "Name", "name", "NAME", "a_b", "aB", "שלום", "\u202Eevil", "名前", "with space", "x-y", "@at", "value" };
        var properties = string.Join(",", names.Select(n => System.Text.Json.JsonSerializer.Serialize(n) + ":{\"type\":\"string\"}"));
        var text = OpenApi(
            "{\"/a\":{\"post\":{\"operationId\":\"same\",\"requestBody\":{\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/class\"}}}},\"responses\":{\"204\":{\"description\":\"\"}}},"
            + "\"put\":{\"operationId\":\"same\",\"responses\":{\"204\":{\"description\":\"\"}}}},\"/b\":{\"get\":{\"operationId\":\"Same\",\"responses\":{\"204\":{\"description\":\"\"}}}}}",
            "{\"class\":{\"type\":\"object\",\"properties\":{" + properties + "}}}");

        var run = Generate("names.openapi.json", text);

        var client = run.GeneratedSources.Single(p => p.Key.EndsWith(".HostileClient.g.cs", System.StringComparison.Ordinal)).Value;
        Assert.Contains("SameAsync(", client);
        Assert.Contains("Same2Async(", client);
        Assert.Contains("Same3Async(", client);
        var model = run.GeneratedSources.Single(p => p.Key.EndsWith(".Class.g.cs", System.StringComparison.Ordinal)).Value;
        Assert.DoesNotContain('\u202E', model.Split('\n').Where(l => !l.TrimStart().StartsWith("///")).SelectMany(l => l));
    }

    [Fact]
    public void Duplicate_keys_are_reported_where_they_repeat()
    {
        var text = "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},\n\"components\":{\"schemas\":{\"A\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\"},\n\"x\":{\"type\":\"integer\"}}}}}}";

        var run = Generate("dupes.openapi.json", text);

        var duplicate = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CTR1007");
        Assert.Equal(2, duplicate.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("public int? X", run.GeneratedSources.Single(p => p.Key.EndsWith(".A.g.cs", System.StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void A_fifty_megabyte_export_generates()
    {
        var example = "{\"value\":{\"blob\":\"" + new string('x', 250_000) + "\"}}";
        var paths = new StringBuilder("{");
        for (var i = 0; i < 200; i++)
        {
            if (i > 0) paths.Append(',');
            paths.Append("\"/items").Append(i).Append("\":{\"post\":{\"requestBody\":{\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"blob\":{\"type\":\"string\"}}},\"examples\":{\"big\":")
                .Append(example).Append("}}}},\"responses\":{\"204\":{\"description\":\"\"}}}}");
        }
        paths.Append('}');
        var text = OpenApi(paths.ToString(), "{}");
        Assert.True(text.Length > 50_000_000, text.Length.ToString());

        var run = Generate("huge.openapi.json", text);

        Assert.Empty(run.GeneratorDiagnostics);
        // 200 operations, not counting each one's twin that also hands back status and headers.
        Assert.Equal(200, run.GeneratedSources.Single(p => p.Key.EndsWith(".HostileClient.g.cs", System.StringComparison.Ordinal)).Value
            .Split("public _Tasks.Task").Skip(1).Count(m => !m.StartsWith("<_Rt.ApiResponse", System.StringComparison.Ordinal)));
    }
}
