using System.Collections.Generic;
using System.Linq;
using Contracts.Generator;
using Contracts.Tests.Harness;
using Contracts.Tests.Scale;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Selection;

/// <summary>Filters set as AdditionalFiles metadata, through the generator in a compilation.</summary>
public sealed class SelectionGenerationTests
{
    private static SchemaInput Shop(string? include = null, string? exclude = null, string? keep = null, string path = SelectionFixture.Path)
    {
        var metadata = new Dictionary<string, string>();
        if (include is not null) metadata["ContractsInclude"] = include;
        if (exclude is not null) metadata["ContractsExclude"] = exclude;
        if (keep is not null) metadata["ContractsKeepSchemas"] = keep;
        return new SchemaInput(path, SelectionFixture.Text, "Shop.Api", "ShopClient") { Metadata = metadata };
    }

    private static string[] TypeFiles(GeneratorRun run)
        => run.GeneratedSources.Keys.Select(name => name.Split('.')[1]).OrderBy(name => name, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void An_included_folder_generates_its_operations_and_the_schemas_they_reach_and_compiles()
    {
        var run = GeneratorHarness.Run(new[] { Shop(include: "orders/**") });

        Assert.Equal(new[] { "Item", "Order", "ShopClient", "ShopJsonContext" }, TypeFiles(run));
        var client = run.GeneratedSources.Single(p => p.Key.EndsWith(".ShopClient.g.cs", System.StringComparison.Ordinal)).Value;
        Assert.Contains("CreateOrderAsync", client);
        Assert.Contains("ListOrderItemsAsync", client);
        Assert.DoesNotContain("GetUserAsync", client);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_a_warning_in_the_build()
    {
        var run = GeneratorHarness.Run(new[] { Shop(include: "orders;ordres") });

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CTR4005");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("'ordres'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("ContractsInclude", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(SelectionFixture.Path, warning.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Changing_one_files_filter_regenerates_that_file_only()
    {
        var other = Shop(path: "/repo/schemas/other.openapi.json") with { Namespace = "Other.Api", ClientName = "OtherClient" };
        var first = GeneratorHarness.Run(new[] { Shop(include: "getUser"), other });

        var second = first.WithReplacedSchema(Shop(include: "getUser;createOrder"));

        var reasons = second.StepReasons(TrackingNames.Emit);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains(second.GeneratedSources.Keys, name => name.StartsWith("Shop.Order", System.StringComparison.Ordinal));
        Assert.Equal(first.GeneratedSources.Where(p => p.Key.StartsWith("Other.", System.StringComparison.Ordinal)),
            second.GeneratedSources.Where(p => p.Key.StartsWith("Other.", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_thousand_operation_export_filtered_to_one_folder_emits_that_folder_and_compiles_clean()
    {
        var export = SyntheticExport.OpenApi(operations: 1000, schemas: 3000);
        var input = new SchemaInput("/repo/schemas/large.openapi.json", export, "Large.Api", "LargeClient")
        {
            Metadata = new Dictionary<string, string> { ["ContractsInclude"] = "资源/resources1;资源/resources2" },
        };

        var run = GeneratorHarness.Run(new[] { input });

        var client = run.GeneratedSources.Single(p => p.Key.EndsWith(".LargeClient.g.cs", System.StringComparison.Ordinal)).Value;
        // Eight operations, each with its twin that also hands back status and headers.
        Assert.Equal(8, client.Split("public _Tasks.Task").Skip(1).Count(m => !m.StartsWith("<_Rt.ApiResponse", System.StringComparison.Ordinal)));
        // A handful of the 3,000 schemas, not all of them.
        Assert.InRange(run.GeneratedSources.Count, 3, 200);
        var problems = run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(10).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
