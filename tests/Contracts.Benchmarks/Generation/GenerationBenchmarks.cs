using System;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Contracts.Generator;

namespace Contracts.Benchmarks.Generation;

/// <summary>
/// The generator's whole run on one file (read, model, plan, emit; not Roslyn's compile) against NSwag's whole run over
/// the same API as OpenAPI. Measured warm (<see cref="GenerationWarmBenchmarks"/>) and cold (<see cref="GenerationColdBenchmarks"/>).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory), CategoriesColumn]
public abstract class GenerationBenchmarks
{
    private const string Seed = "Seed (1 operation)";
    private const string Synthetic = "Synthetic (1,000 operations, 3,000 schemas)";

    private GenerationInputs _inputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new GenerationInputs();
        // Inputs only: nothing of either generator runs here, so a cold launch's first call pays for everything.
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Seed)]
    public object Contracts_SeedPage() => Generate(_inputs.Seed);

    [Benchmark, BenchmarkCategory(Seed)]
    public object Contracts_SeedAsOpenApi() => Generate(_inputs.SeedAsOpenApiInput);

    [Benchmark, BenchmarkCategory(Seed)]
    public string NSwag_SeedAsOpenApi() => NSwagGeneration.Generate(_inputs.SeedOpenApi, "Contracts.Replicate", "ReplicatePredictionsClient");

    [Benchmark(Baseline = true), BenchmarkCategory(Synthetic)]
    public object Contracts_Synthetic() => Generate(_inputs.Synthetic);

    [Benchmark, BenchmarkCategory(Synthetic)]
    public string NSwag_Synthetic() => NSwagGeneration.Generate(_inputs.SyntheticOpenApi, "Large.Api", "LargeClient");

    private static object Generate(SchemaFileInput input)
    {
        var output = ContractsGenerator.Generate(input, CancellationToken.None);
        // A crash or an empty run would make a fast, meaningless number.
        if (output.Sources.Count == 0) throw new InvalidOperationException($"{input.Path} generated nothing.");
        return output;
    }
}
