using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Contracts.Benchmarks.Infrastructure;

/// <summary>The first-call job, with min and max shown since one launch is one sample.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ColdJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddJob(Jobs.Cold)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.Min, StatisticColumn.Max, StatisticColumn.Median);
}
