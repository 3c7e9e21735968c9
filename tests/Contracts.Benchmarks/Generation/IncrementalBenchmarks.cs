using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Contracts.Benchmarks.Infrastructure;
using Contracts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Contracts.Benchmarks.Generation;

/// <summary>
/// What an IDE pays per keystroke: the generator driver's pass after an edit, against a first pass. Setup checks that
/// the edit really leaves the steps cached (or regenerates only the edited file), so the number means what it says.
/// </summary>
[WarmJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory), CategoriesColumn]
public class IncrementalBenchmarks
{
    private const string Unrelated = "Seed: edit to an unrelated C# file";
    private const string OneOfTen = "Ten schema files: edit to one";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _seedDriver = null!;
    private GeneratorDriver _tenDriver = null!;
    private SchemaText _seed = null!;
    private SchemaText[] _ten = null!;
    private SchemaText _tenthEdited = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create("Benchmarks",
            new[] { CSharpSyntaxTree.ParseText("namespace App; public static class Program { public static int Main() => 0; }", ParseOptions) },
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; public static class Helper { public static int Answer => 42; }", ParseOptions));

        _seed = new SchemaText("/repo/schemas/" + SeedPage.FileName, SeedPage.Text, "Contracts.Replicate");
        _seedDriver = NewDriver(_seed).RunGenerators(_compilation);

        _ten = Enumerable.Range(0, 10).Select(i => new SchemaText($"/repo/schemas/file{i}.apifox.txt", SeedPage.Text, $"Contracts.File{i}")).ToArray();
        _tenthEdited = new SchemaText(_ten[9].Path, SeedPage.Text.Replace("最大值:8", "最大值:6"), _ten[9].Namespace);
        _tenDriver = NewDriver(_ten).RunGenerators(_compilation);

        CheckUnrelatedEditIsCached();
        CheckOneOfTenRegeneratesOne();
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Unrelated)]
    public GeneratorDriver Seed_FirstRun() => NewDriver(_seed).RunGenerators(_compilation);

    [Benchmark, BenchmarkCategory(Unrelated)]
    public GeneratorDriver Seed_AfterUnrelatedEdit() => _seedDriver.RunGenerators(_edited);

    [Benchmark(Baseline = true), BenchmarkCategory(OneOfTen)]
    public GeneratorDriver Ten_FirstRun() => NewDriver(_ten).RunGenerators(_compilation);

    [Benchmark, BenchmarkCategory(OneOfTen)]
    public GeneratorDriver Ten_AfterEditToOne() => _tenDriver.ReplaceAdditionalText(_ten[9], _tenthEdited).RunGenerators(_compilation);

    private static GeneratorDriver NewDriver(params SchemaText[] files)
        => CSharpGeneratorDriver.Create(
            new[] { new ContractsGenerator().AsSourceGenerator() },
            files.ToImmutableArray<AdditionalText>(),
            ParseOptions,
            new SchemaOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private void CheckUnrelatedEditIsCached()
    {
        var steps = Seed_AfterUnrelatedEdit().GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in new[] { TrackingNames.Input, TrackingNames.Emit, TrackingNames.Environment })
        {
            var reasons = steps[name].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
            if (reasons.Any(reason => reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)))
            {
                throw new InvalidOperationException($"After an unrelated edit {name} ran again: {string.Join(", ", reasons)}");
            }
        }
    }

    private void CheckOneOfTenRegeneratesOne()
    {
        var emit = Ten_AfterEditToOne().GetRunResult().Results.Single().TrackedSteps[TrackingNames.Emit];
        var modified = emit.SelectMany(step => step.Outputs).Count(output => output.Reason == IncrementalStepRunReason.Modified);
        if (modified != 1) throw new InvalidOperationException($"Editing one of ten files regenerated {modified}.");
    }

    private static ImmutableArray<MetadataReference> References()
    {
        // The shared framework and Contracts.Runtime, which the generator checks for.
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetDirectoryName(path) == runtimeDirectory)
            .Append(typeof(ValidationError).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
