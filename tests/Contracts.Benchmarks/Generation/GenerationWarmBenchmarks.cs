using Contracts.Benchmarks.Infrastructure;

namespace Contracts.Benchmarks.Generation;

/// <summary>Generation in the steady state: what a compiler server or an IDE that has run the generator before pays.</summary>
[WarmJob]
public class GenerationWarmBenchmarks : GenerationBenchmarks
{
}
