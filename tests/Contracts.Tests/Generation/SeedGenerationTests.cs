using System.IO;
using System.Linq;
using Contracts.Generator;
using Contracts.Tests.Harness;
using Contracts.Tests.Seed;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Generation;

/// <summary>The generator over the seed page, run in memory: snapshots, diagnostics and caching.</summary>
public sealed class SeedGenerationTests
{
    private static readonly SchemaInput Seed = new("/repo/schemas/replicate-create-prediction.apifox.txt", SeedExamples.SeedText, "Contracts.Replicate", "ReplicatePredictionsClient");

    [Fact]
    public void Every_generated_file_matches_its_reviewed_snapshot()
    {
        var run = GeneratorHarness.Run(new[] { Seed });

        Assert.NotEmpty(run.GeneratedSources);
        // Check every file before failing, so one run writes every received file to review.
        var failures = new System.Collections.Generic.List<string>();
        foreach (var (hintName, text) in run.GeneratedSources.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            try
            {
                Snapshot.Match("Seed/" + Path.GetFileNameWithoutExtension(hintName), text);
            }
            catch (Xunit.Sdk.XunitException exception)
            {
                failures.Add(exception.Message);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Equal(
            new[]
            {
                "ReplicateCreatePrediction.PostPredictionsRequest.g.cs",
                "ReplicateCreatePrediction.PostPredictionsRequestInput.g.cs",
                "ReplicateCreatePrediction.PostPredictionsResponse.g.cs",
                "ReplicateCreatePrediction.PostPredictionsResponseInput.g.cs",
                "ReplicateCreatePrediction.PostPredictionsResponseUrls.g.cs",
                "ReplicateCreatePrediction.ReplicatePredictionsClient.g.cs",
                "ReplicateCreatePrediction.ReplicatePredictionsJsonContext.g.cs",
            },
            run.GeneratedSources.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Every_generated_type_names_the_generator_version_of_its_assembly()
    {
        var generator = typeof(ContractsGenerator).Assembly;
        var informational = generator.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        var expected = informational.Split('+')[0];
        using var compiled = GeneratorHarness.Run(new[] { Seed }).Compile();

        var stamped = compiled.Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), false).Cast<System.CodeDom.Compiler.GeneratedCodeAttribute>().SingleOrDefault())
            .Where(a => a is not null)
            .ToList();

        Assert.NotEmpty(stamped);
        Assert.All(stamped, a => Assert.Equal(("Contracts.Generator", expected), (a!.Tool, a.Version)));
    }

    [Fact]
    public void Seed_output_compiles_without_warnings()
    {
        var run = GeneratorHarness.Run(new[] { Seed });

        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Seed_traps_each_give_their_warning_and_the_good_example_is_silent()
    {
        var run = GeneratorHarness.Run(new[] { Seed });
        var diagnostics = run.GeneratorDiagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ToList();

        // output and error are declared "null" but carry URLs and messages in real predictions.
        Assert.Single(diagnostics, d => d.StartsWith("CTR2001") && d.Contains("'/output'"));
        Assert.Single(diagnostics, d => d.StartsWith("CTR2001") && d.Contains("'/error'"));
        // The request example sends version, which the schema never declares.
        Assert.Single(diagnostics, d => d.StartsWith("CTR2003") && d.Contains("version"));
        // "Create image" is another API's response.
        Assert.Single(diagnostics, d => d.StartsWith("CTR2002") && d.Contains("Create image"));
        Assert.DoesNotContain(diagnostics, d => d.Contains("成功示例"));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        // Every diagnostic points into the schema file.
        Assert.All(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning), d => Assert.Equal(Seed.Path, d.Location.GetLineSpan().Path));
    }

    [Fact]
    public void Adding_an_unrelated_csharp_file_leaves_every_step_cached()
    {
        var first = GeneratorHarness.Run(new[] { Seed });

        var second = first.WithAddedSource("namespace Unrelated; public static class Helper { public static int Answer => 42; }");

        second.AssertAllTrackedStepsCachedOrUnchanged();
        Assert.Contains(TrackingNames.Emit, second.TrackedStepNames());
        second.AssertStepOutputsPure(TrackingNames.Input, TrackingNames.Emit);
    }

    [Fact]
    public void Editing_the_schema_regenerates_its_output()
    {
        var first = GeneratorHarness.Run(new[] { Seed });

        var second = first.WithReplacedSchema(Seed with { Text = Seed.Text.Replace("最大值:8", "最大值:6") });

        Assert.Contains(IncrementalStepRunReason.Modified, second.StepReasons(TrackingNames.Emit));
        Assert.Contains("public const int NumOutputsMaximum = 6;", second.GeneratedSource("ReplicateCreatePrediction.PostPredictionsRequestInput.g.cs"));
    }

    [Fact]
    public void Editing_one_of_two_schema_files_regenerates_only_that_file()
    {
        var other = new SchemaInput("/repo/schemas/other.apifox.txt", SeedExamples.SeedText, "Contracts.Other");
        var first = GeneratorHarness.Run(new[] { Seed, other });

        var second = first.WithReplacedSchema(other with { Text = other.Text.Replace("最大值:8", "最大值:6") });

        var reasons = second.StepReasons(TrackingNames.Emit);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Files_that_are_not_api_descriptions_are_ignored_silently()
    {
        var inputs = new[]
        {
            new SchemaInput("/repo/notes.txt", "Method of the day\nPath/to/nowhere is not an API"),
            new SchemaInput("/repo/data.json", "{\"a\": 1}"),
            new SchemaInput("/repo/empty.txt", ""),
        };

        var fromGlobs = GeneratorHarness.Run(inputs.Select(i => i with { DefaultItem = true }));
        var listed = GeneratorHarness.Run(inputs);

        Assert.Empty(fromGlobs.GeneratedSources);
        Assert.Empty(fromGlobs.GeneratorDiagnostics);
        // Listed by hand, only the empty file says something (CTR1009): the others look like other tools' files.
        Assert.Empty(listed.GeneratedSources);
        Assert.Equal("/repo/empty.txt", Assert.Single(listed.GeneratorDiagnostics, d => d.Id == "CTR1009").Location.GetLineSpan().Path);
        Assert.Single(listed.GeneratorDiagnostics);
    }

    [Fact]
    public void Malformed_json_is_an_error_at_its_line_and_column_and_the_rest_still_generates()
    {
        // Break the request body block with a doubled brace.
        var broken = Seed.Text.Replace("\"scheduler\": {", "\"scheduler\": {{");
        var line = broken.Substring(0, broken.IndexOf("\"scheduler\": {{", System.StringComparison.Ordinal)).Split('\n').Length;

        var run = GeneratorHarness.Run(new[] { Seed with { Text = broken } });

        var error = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CTR1001");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(Seed.Path, error.Location.GetLineSpan().Path);
        Assert.Equal(line, error.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("请求体", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // The responses still generate, and everything generated compiles.
        Assert.Contains("ReplicateCreatePrediction.PostPredictionsResponse.g.cs", run.GeneratedSources.Keys);
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Two_files_with_the_same_name_both_generate_under_numbered_hint_names()
    {
        var twin = new SchemaInput("/repo/elsewhere/replicate-create-prediction.apifox.txt", SeedExamples.SeedText, "Contracts.Twin", "TwinClient");

        var run = GeneratorHarness.Run(new[] { Seed, twin });

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CTR4003" or "CTR4004" or "CTR1002" || d.Severity == DiagnosticSeverity.Error);
        // "/repo/elsewhere/…" sorts before "/repo/schemas/…", so the twin keeps the plain prefix and the seed is numbered.
        Assert.Contains("ReplicateCreatePrediction.TwinClient.g.cs", run.GeneratedSources.Keys);
        Assert.Contains("ReplicateCreatePrediction_2.ReplicatePredictionsClient.g.cs", run.GeneratedSources.Keys);
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_path_listed_twice_is_generated_once_with_a_warning()
    {
        var run = GeneratorHarness.Run(new[] { Seed, Seed });

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CTR4004");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains(Seed.Path, warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(GeneratorHarness.Run(new[] { Seed }).GeneratedSources.Keys.OrderBy(k => k), run.GeneratedSources.Keys.OrderBy(k => k));
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_numbered_prefix_never_meets_another_files_own_name()
    {
        // In path order: a/x takes X, b/x takes X_2, and the file named "x2" keeps its own X2.
        var files = new[]
        {
            new SchemaInput("/repo/a/x.apifox.txt", SeedExamples.SeedText, "Contracts.A", "AClient"),
            new SchemaInput("/repo/b/x.apifox.txt", SeedExamples.SeedText, "Contracts.B", "BClient"),
            new SchemaInput("/repo/x2.apifox.txt", SeedExamples.SeedText, "Contracts.C", "CClient"),
        };

        var run = GeneratorHarness.Run(files);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("X.AClient.g.cs", run.GeneratedSources.Keys);
        Assert.Contains("X_2.BClient.g.cs", run.GeneratedSources.Keys);
        Assert.Contains("X2.CClient.g.cs", run.GeneratedSources.Keys);
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Types_whose_names_differ_only_in_case_get_distinct_file_names()
    {
        const string openApi = """{"openapi":"3.0.3","info":{"title":"c","version":"1"},"paths":{},"components":{"schemas":{"Item":{"type":"object","properties":{"a":{"type":"string"}}},"ITEM":{"type":"object","properties":{"b":{"type":"string"}}}}}}""";

        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/case.openapi.json", openApi, "Contracts.Cases") });

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var files = run.GeneratedSources.Keys.Where(k => k.StartsWith("Case.I", System.StringComparison.OrdinalIgnoreCase)).OrderBy(k => k, System.StringComparer.Ordinal).ToList();
        // "Item" and "ITEM" are two C# types; the second one's file is numbered.
        Assert.Equal(new[] { "Case.ITEM_2.g.cs", "Case.Item.g.cs" }, files);
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }
}
