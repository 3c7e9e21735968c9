using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Contracts.Benchmarks.Infrastructure;

/// <summary>The steady-state job (short or full) with allocations measured.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class WarmJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddJob(Jobs.Warm)
        .AddDiagnoser(MemoryDiagnoser.Default);
}
