using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Contracts.Generator;

namespace Contracts.Benchmarks.Generation;

/// <summary>
/// This build's generator against another build of it (say, main's) and NSwag, in one process and in turns, so all
/// three see the same load: on a shared machine, runs one after the other are not comparable, rounds taken in turns are.
/// Not BenchmarkDotNet: a stopwatch per call (a batch for the seed), warm-up first, the minimum and median reported.
/// </summary>
/// <remarks>
/// <c>--compare-generation OTHER_GENERATOR_DLL seed|synthetic [ROUNDS]</c>. The other build is loaded into its own
/// context; its types are internal, so it is called through reflection, once per call, which costs nothing next to a run.
/// </remarks>
internal static class GenerationComparison
{
    public static void Run(string otherGeneratorPath, string which, int rounds)
    {
        var inputs = new GenerationInputs();
        var seed = which == "seed";
        var input = seed ? inputs.Seed : inputs.Synthetic;
        var openApi = seed ? inputs.SeedOpenApi : inputs.SyntheticOpenApi;
        var (ns, client) = seed ? ("Contracts.Replicate", "ReplicatePredictionsClient") : ("Large.Api", "LargeClient");
        // A seed run is a tenth of a millisecond: time batches, so the stopwatch's resolution and one preemption matter less.
        var batch = seed ? 200 : 1;

        var runs = new (string Name, Action Run)[]
        {
            ("other", OtherBuild(otherGeneratorPath, input)),
            ("this", () => ContractsGenerator.Generate(input, CancellationToken.None)),
            ("NSwag", () => NSwagGeneration.Generate(openApi, ns, client)),
        };
        var times = runs.Select(_ => new List<double>()).ToArray();
        for (var round = -3; round < rounds; round++)
        {
            // Alternate which build goes first, so neither always runs right after NSwag's garbage.
            var order = round % 2 == 0 ? new[] { 0, 1, 2 } : new[] { 1, 0, 2 };
            foreach (var index in order)
            {
                var elapsed = Time(runs[index].Run, batch);
                if (round >= 0) times[index].Add(elapsed);
            }
        }

        Console.WriteLine($"{input.Path}: {rounds} rounds in turns, milliseconds per run (load average at the end: {LoadAverage()})");
        for (var i = 0; i < runs.Length; i++)
        {
            Console.WriteLine($"  {runs[i].Name,-6} min {times[i].Min(),10:F3}  median {Median(times[i]),10:F3}");
        }
        Console.WriteLine($"  this/other  median of per-round ratios {Median(Ratios(times[1], times[0])):F3}");
        Console.WriteLine($"  NSwag/this  median of per-round ratios {Median(Ratios(times[2], times[1])):F2}x, of minimums {times[2].Min() / times[1].Min():F2}x");
        Console.WriteLine($"  NSwag/other median of per-round ratios {Median(Ratios(times[2], times[0])):F2}x, of minimums {times[2].Min() / times[0].Min():F2}x");
    }

    private static Action OtherBuild(string generatorPath, SchemaFileInput input)
    {
        var assembly = new AssemblyLoadContext("other generator").LoadFromAssemblyPath(System.IO.Path.GetFullPath(generatorPath));
        var options = Construct(assembly, "Contracts.Generator.SchemaFileOptions", input.Options.Namespace, input.Options.ClientName, input.Options.RootNamespace);
        var otherInput = Construct(assembly, "Contracts.Generator.SchemaFileInput", input.Path, input.Text, options);
        var generate = assembly.GetType("Contracts.Generator.ContractsGenerator", throwOnError: true)!
            .GetMethod(nameof(ContractsGenerator.Generate), BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!;
        var arguments = new object[] { otherInput, CancellationToken.None };
        return () => generate.Invoke(null, arguments);
    }

    /// <summary>The type's shortest constructor taking these leading arguments; the rest keep their defaults.</summary>
    private static object Construct(Assembly assembly, string typeName, params object?[] leading)
    {
        var constructor = assembly.GetType(typeName, throwOnError: true)!.GetConstructors()
            .Where(c => c.GetParameters().Length >= leading.Length).OrderBy(c => c.GetParameters().Length).First();
        var arguments = leading.Concat(Enumerable.Repeat(Type.Missing, constructor.GetParameters().Length - leading.Length)).ToArray();
        return constructor.Invoke(BindingFlags.OptionalParamBinding, binder: null, arguments, CultureInfo.InvariantCulture);
    }

    private static double Time(Action run, int batch)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < batch; i++) run();
        return stopwatch.Elapsed.TotalMilliseconds / batch;
    }

    private static IEnumerable<double> Ratios(List<double> numerators, List<double> denominators) => numerators.Zip(denominators, (n, d) => n / d);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(value => value).ToList();
        return sorted[sorted.Count / 2];
    }

    private static string LoadAverage()
    {
        try
        {
            return System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (Exception exception) when (exception is System.IO.IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
