using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Contracts.Generator.Analysis;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Contracts.Tests.Analysis;

/// <summary>
/// Generates code from schemas, adds a consumer's source, compiles both together and runs <see cref="LimitAnalyzer"/>
/// over the result, the way a build does with the generator and the analyzer from the same package.
/// </summary>
internal static class AnalyzerRun
{
    /// <summary>The analyzer's diagnostics, sorted by place; fails when the consumer's code does not compile.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(IEnumerable<SchemaInput> schemas, string consumer)
    {
        var run = GeneratorHarness.Run(schemas, new[] { consumer });
        var errors = run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The consumer does not compile:\n" + string.Join("\n", errors));
        return Analyze(run.OutputCompilation);
    }

    /// <summary>
    /// The analyzer's diagnostics on a consumer that uses the generated types from a referenced assembly (the real
    /// build's src/Contracts.Schemas), not from its own sources.
    /// </summary>
    public static IReadOnlyList<Diagnostic> DiagnosticsAgainstReferencedSeed(string consumer)
    {
        var references = GeneratorHarness.References.Add(MetadataReference.CreateFromFile(typeof(Contracts.Replicate.PostPredictionsRequestInput).Assembly.Location));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Consumer",
            new[] { GeneratorHarness.ParseExtraSource(consumer, 0) }, references, GeneratorHarness.CompilationOptions);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The consumer does not compile:\n" + string.Join("\n", errors));
        return Analyze(compilation);
    }

    private static IReadOnlyList<Diagnostic> Analyze(Compilation compilation)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new LimitAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var all = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        // An analyzer that throws shows up as AD0001; that is never what a test wants.
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
        return withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();
    }

    /// <summary>The source text a diagnostic points at.</summary>
    public static string Marked(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    /// <summary>The two seed pages, with the namespace the repository's build gives them.</summary>
    public static SchemaInput[] Seed() => new[]
    {
        new SchemaInput("/schemas/replicate-create-prediction.apifox.txt", Read("replicate-create-prediction.apifox.txt"), "Contracts.Replicate", "ReplicatePredictionsClient"),
        new SchemaInput("/schemas/replicate-get-and-cancel-prediction.apifox.txt", Read("replicate-get-and-cancel-prediction.apifox.txt"), "Contracts.Replicate", "ReplicatePredictionLifecycleClient"),
    };

    private static string Read(string name)
        => System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "schemas", name));
}
