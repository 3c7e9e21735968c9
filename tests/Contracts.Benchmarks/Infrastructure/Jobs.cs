using System;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Contracts.Benchmarks.Infrastructure;

/// <summary>The two ways to run: the full default, or --short for a few-minute look on a small machine.</summary>
public static class Jobs
{
    public const string ShortFlag = "--short";
    public const string ShortVariable = "CONTRACTS_BENCHMARKS_SHORT";

    // An environment variable, because BenchmarkDotNet runs each benchmark in a child process that inherits it.
    public static bool IsShort => Environment.GetEnvironmentVariable(ShortVariable) == "1";

    /// <summary>Steady state: BenchmarkDotNet's default, or 3 warm-up and 5 measured iterations.</summary>
    public static Job Warm => IsShort
        ? Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5).WithId("Short")
        : Job.Default.WithId("Default");

    /// <summary>First call in a fresh process, once per launch.</summary>
    public static Job Cold => Job.Default
        .WithStrategy(RunStrategy.ColdStart)
        .WithLaunchCount(IsShort ? 5 : 20)
        .WithIterationCount(1)
        .WithId(IsShort ? "ColdShort" : "Cold");
}
