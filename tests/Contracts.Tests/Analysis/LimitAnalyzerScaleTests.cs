using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json;
using Contracts.Generator.Analysis;
using Contracts.Tests.Harness;
using Contracts.Tests.Scale;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Contracts.Tests.Analysis;

/// <summary>
/// The analyzer on a slice of the synthetic export (100 operations, 300 schemas; the 1,000-operation one takes minutes
/// to bind, see the benchmark README for its figure) with a consumer that writes an initialiser for each of its records:
/// exactly the planted mistakes are reported. The time it takes is printed for the record, never asserted.
/// </summary>
public sealed class LimitAnalyzerScaleTests
{
    private readonly ITestOutputHelper _output;

    public LimitAnalyzerScaleTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Hundreds_of_valid_initialisers_over_hundreds_of_types_give_only_the_planted_reports()
    {
        var export = SyntheticExport.OpenApi(operations: 100, schemas: 300);
        var consumer = Consumer(export, out var initialisers);
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/schemas/large.openapi.json", export, "Large.Api", "LargeClient") }, new[] { consumer });

        var compile = Stopwatch.StartNew();
        var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        compile.Stop();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var analyzer = new LimitAnalyzer();
        var withAnalyzers = run.OutputCompilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult();

        Assert.Equal(new[] { "9", "\"\"", "1.5" }, diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(AnalyzerRun.Marked));
        Assert.True(initialisers >= 100, $"only {initialisers} records fit the consumer");
        _output.WriteLine($"{initialisers} initialisers; binding the compilation {compile.ElapsedMilliseconds} ms; analyzer {telemetry.ExecutionTime.TotalMilliseconds:F0} ms");
    }

    // new ModelN { Id = …, Name = "valid", Count = 3, Ratio = 0.5 } for every record of that shape, plus three mistakes.
    private static string Consumer(string export, out int initialisers)
    {
        var source = new StringBuilder("namespace Consumer;\npublic static class Uses\n{\n");
        using var document = JsonDocument.Parse(export);
        initialisers = 0;
        string? first = null;
        foreach (var schema in document.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            if (!Fits(schema.Value)) continue;
            first ??= schema.Name;
            source.Append($"    public static object M{initialisers++}() => new Large.Api.{schema.Name} {{ Id = System.Guid.Empty, Name = \"valid\", Count = 3, Ratio = 0.5 }};\n");
        }
        source.Append($"    public static object Bad() => new Large.Api.{first} {{ Id = System.Guid.Empty, Name = \"valid\", Count = 9 }};\n");
        source.Append($"    public static object Empty() => new Large.Api.{first} {{ Id = System.Guid.Empty, Name = \"\" }};\n");
        source.Append($"    public static object Ratio() => new Large.Api.{first} {{ Id = System.Guid.Empty, Name = \"valid\", Ratio = 1.5 }};\n");
        return source.Append("}\n").ToString();
    }

    private static bool Fits(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type) || type.GetString() != "object" || !schema.TryGetProperty("properties", out var properties)) return false;
        var names = new HashSet<string>(properties.EnumerateObject().Select(p => p.Name));
        if (!names.IsSupersetOf(new[] { "id", "name", "count", "ratio" })) return false;
        return !schema.TryGetProperty("required", out var required) || required.EnumerateArray().All(r => r.GetString() is "id" or "name");
    }
}
