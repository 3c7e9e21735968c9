using System.Threading;
using BenchmarkDotNet.Attributes;
using Contracts.Benchmarks.Infrastructure;
using Contracts.Generator;
using Contracts.Generator.Emitting;
using Contracts.Generator.Model;
using Contracts.Generator.Planning;
using Contracts.Generator.Reading;

namespace Contracts.Benchmarks.Generation;

/// <summary>The synthetic export's generator run split into its three stages, warm: where the time of a large file goes.</summary>
[WarmJob]
public class GenerationStageBenchmarks
{
    private SchemaFileInput _input = null!;
    private ApiDocument _document = null!;
    private FilePlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = new GenerationInputs().Synthetic;
        _document = ApiDocumentReader.Read(_input.Path, _input.Text, CancellationToken.None)!;
        _plan = PlanBuilder.Build(_document, _input.Options);
    }

    [Benchmark]
    public object Read() => ApiDocumentReader.Read(_input.Path, _input.Text, CancellationToken.None)!;

    [Benchmark]
    public object Plan() => PlanBuilder.Build(_document, _input.Options);

    [Benchmark]
    public object Emit() => FileEmitter.Emit(_plan);
}
