using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Contracts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Contracts.Tests.Harness;

/// <summary>Runs <see cref="ContractsGenerator"/> in memory the way the compiler would inside a project build.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true)
        // The .NET SDK silences these assembly-unification warnings in every project; do the same.
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>Every assembly of the running .NET runtime plus Contracts.Runtime; loaded once and shared by all runs.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>Runs the generator over <paramref name="inputs"/> and any extra C# sources, tracking incremental steps.</summary>
    public static GeneratorRun Run(
        IEnumerable<SchemaInput> inputs,
        IEnumerable<string>? extraCSharpSources = null,
        string rootNamespace = "TestAssembly",
        IEnumerable<MetadataReference>? extraReferences = null)
    {
        var texts = inputs.Select(input => new InMemoryAdditionalText(input)).ToImmutableArray();
        var trees = (extraCSharpSources ?? Array.Empty<string>()).Select(ParseExtraSource);
        var assemblyName = rootNamespace.Length == 0 ? "TestAssembly" : rootNamespace;
        var compilation = CSharpCompilation.Create(assemblyName, trees, extraReferences is null ? References : References.AddRange(extraReferences), CompilationOptions);

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ContractsGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new HarnessOptionsProvider(rootNamespace),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        return GeneratorRun.Execute(driver, compilation, texts);
    }

    /// <summary>Parses a test's own C# source; the index gives it a stable file name for error messages.</summary>
    public static SyntaxTree ParseExtraSource(string source, int index)
        => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Extra{index}.cs", encoding: Encoding.UTF8);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // Only the shared framework: the test's own bin folder also holds Contracts.Schemas,
        // whose generated types would clash with the ones a test generates.
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")
            ?? throw new InvalidOperationException("TRUSTED_PLATFORM_ASSEMBLIES is not set; the harness needs the .NET host.");

        var runtimeAssemblies = trusted
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal));

        return runtimeAssemblies
            .Append(typeof(Contracts.ValidationError).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
