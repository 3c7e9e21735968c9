using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Contracts.Benchmarks.Infrastructure;

namespace Contracts.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        // build-time.sh writes the synthetic export it builds consumers of: --write-synthetic OPERATIONS FILE.
        if (args.Length == 3 && args[0] == "--write-synthetic")
        {
            var operations = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
            File.WriteAllText(args[2], Contracts.Tests.Scale.SyntheticExport.OpenApi(operations, schemas: operations * 3));
            return;
        }
        // Generated characters by kind next to NSwag's (--count-characters [CORPUS_DIR]); the synthetic export compiled in memory (--compile-synthetic N [RUNS], or files kept by CONTRACTS_DUMP: --compile-directory DIR [RUNS]).
        if (args.Length >= 1 && args[0] == "--count-characters")
        {
            Generation.GeneratedCharacters.Count(args.Length > 1 ? args[1] : null);
            return;
        }
        if (args.Length >= 2 && args[0] == "--compile-synthetic")
        {
            Generation.GeneratedCharacters.Compile(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture),
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
            return;
        }
        if (args.Length >= 2 && args[0] == "--compile-directory")
        {
            Generation.GeneratedCharacters.CompileDirectory(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
            return;
        }
        // This build's generator against another build's (e.g. main's) and NSwag, in turns: --compare-generation DLL seed|synthetic [ROUNDS].
        if (args.Length >= 3 && args[0] == "--compare-generation")
        {
            Generation.GenerationComparison.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20);
            return;
        }
        // --short is ours, not BenchmarkDotNet's: it reaches the benchmark processes through the environment.
        if (args.Contains(Jobs.ShortFlag))
        {
            Environment.SetEnvironmentVariable(Jobs.ShortVariable, "1");
            args = args.Where(arg => arg != Jobs.ShortFlag).ToArray();
        }
        var config = DefaultConfig.Instance;
        // Results land in the repository's ignored artifacts/ folder unless --artifacts says otherwise.
        if (!args.Contains("--artifacts") && RepositoryRoot() is { } root)
        {
            config = config.WithArtifactsPath(Path.Combine(root, "artifacts", "benchmarks"));
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }

    private static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln"))) return directory.FullName;
        }
        return null;
    }
}
