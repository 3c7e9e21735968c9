using Contracts.Benchmarks.Infrastructure;

namespace Contracts.Benchmarks.Generation;

/// <summary>Generation as the first call in a fresh process (JIT included): what a build without a warm compiler server pays.</summary>
[ColdJob]
public class GenerationColdBenchmarks : GenerationBenchmarks
{
}
