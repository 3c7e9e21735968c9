using System.Linq;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Scale;

/// <summary>Large exports: no stack overflow on a 3,000-long $ref chain, no error, and output that compiles.</summary>
public sealed class ScaleTests
{
    [Fact]
    public void A_thousand_operation_export_generates_every_operation_and_schema()
    {
        var export = SyntheticExport.OpenApi(operations: 1000, schemas: 3000);

        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/schemas/large.openapi.json", export, "Large.Api", "LargeClient") });

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var client = run.GeneratedSources.Single(p => p.Key.EndsWith(".LargeClient.g.cs", System.StringComparison.Ordinal)).Value;
        var methods = client.Split("public _Tasks.Task").Skip(1).ToList();
        // Each operation, and its twin that also hands back status and headers.
        Assert.Equal(1000, methods.Count(m => !m.StartsWith("<_Rt.ApiResponse", System.StringComparison.Ordinal)));
        Assert.Equal(1000, methods.Count(m => m.StartsWith("<_Rt.ApiResponse", System.StringComparison.Ordinal)));
        // 2,700 records (objects and allOf), 300 enums, 300 unions... one file each, plus the client and the context.
        Assert.Equal(3002, run.GeneratedSources.Count);
    }

    [Fact]
    public void A_hundred_operation_slice_compiles_without_errors_or_warnings()
    {
        var export = SyntheticExport.OpenApi(operations: 100, schemas: 300);

        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/schemas/slice.openapi.json", export, "Slice.Api", "SliceClient") });

        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(10).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
