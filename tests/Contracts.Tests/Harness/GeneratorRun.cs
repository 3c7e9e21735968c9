using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Contracts.Tests.Harness;

/// <summary>The outcome of one generator pass, and the way to make the next pass with an edit (drivers are immutable).</summary>
public sealed class GeneratorRun
{
    private readonly Lazy<ImmutableArray<Diagnostic>> _compilationDiagnostics;

    private GeneratorRun(
        GeneratorDriver driver,
        CSharpCompilation inputCompilation,
        ImmutableArray<InMemoryAdditionalText> additionalTexts,
        Compilation outputCompilation,
        ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Driver = driver;
        InputCompilation = inputCompilation;
        AdditionalTexts = additionalTexts;
        OutputCompilation = outputCompilation;
        GeneratorDiagnostics = generatorDiagnostics;
        RunResult = driver.GetRunResult();
        GeneratedSources = RunResult.Results
            .SelectMany(result => result.GeneratedSources)
            .ToImmutableSortedDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal);
        // Hidden diagnostics (such as unused usings) are IDE hints, never build output.
        _compilationDiagnostics = new(() => outputCompilation.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Hidden)
            .ToImmutableArray());
    }

    /// <summary>The driver after this pass; its state is what makes the next pass incremental.</summary>
    public GeneratorDriver Driver { get; }

    /// <summary>The compilation the generator saw (the tests' extra sources only).</summary>
    public CSharpCompilation InputCompilation { get; }

    public ImmutableArray<InMemoryAdditionalText> AdditionalTexts { get; }

    public GeneratorDriverRunResult RunResult { get; }

    /// <summary>Generated files by hint name (such as <c>Foo.g.cs</c>), in ordinal order.</summary>
    public IReadOnlyDictionary<string, string> GeneratedSources { get; }

    /// <summary>What the generator reported, including CS8785 when it threw.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>The input compilation plus every generated file.</summary>
    public Compilation OutputCompilation { get; }

    /// <summary>Errors, warnings and infos of <see cref="OutputCompilation"/>, computed on first use.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => _compilationDiagnostics.Value;

    /// <summary>The text of one generated file; fails listing the generated hint names when it is missing.</summary>
    public string GeneratedSource(string hintName)
    {
        if (GeneratedSources.TryGetValue(hintName, out var text))
        {
            return text;
        }
        var known = GeneratedSources.Count == 0 ? "(none)" : string.Join(", ", GeneratedSources.Keys);
        Assert.Fail($"The generator produced no '{hintName}'. Generated: {known}");
        return "";
    }

    /// <summary>Runs again with nothing changed.</summary>
    public GeneratorRun Rerun() => Execute(Driver, InputCompilation, AdditionalTexts);

    /// <summary>Runs again with the schema at <paramref name="replacement"/>'s path swapped for it.</summary>
    public GeneratorRun WithReplacedSchema(SchemaInput replacement)
    {
        var old = FindText(replacement.Path);
        var updated = new InMemoryAdditionalText(replacement);
        var driver = Driver.ReplaceAdditionalText(old, updated);
        return Execute(driver, InputCompilation, AdditionalTexts.Replace(old, updated));
    }

    /// <summary>Runs again with one more schema file.</summary>
    public GeneratorRun WithAddedSchema(SchemaInput input)
    {
        var added = new InMemoryAdditionalText(input);
        var driver = Driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added));
        return Execute(driver, InputCompilation, AdditionalTexts.Add(added));
    }

    /// <summary>Runs again without the schema at <paramref name="path"/>.</summary>
    public GeneratorRun WithRemovedSchema(string path)
    {
        var old = FindText(path);
        var driver = Driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(old));
        return Execute(driver, InputCompilation, AdditionalTexts.Remove(old));
    }

    /// <summary>Runs again with one more C# file in the compilation (for example an unrelated one, to check caching).</summary>
    public GeneratorRun WithAddedSource(string source)
    {
        var tree = GeneratorHarness.ParseExtraSource(source, InputCompilation.SyntaxTrees.Count());
        return Execute(Driver, InputCompilation.AddSyntaxTrees(tree), AdditionalTexts);
    }

    internal static GeneratorRun Execute(
        GeneratorDriver driver,
        CSharpCompilation compilation,
        ImmutableArray<InMemoryAdditionalText> texts)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var run = new GeneratorRun(driver, compilation, texts, output, diagnostics);
        FailIfGeneratorThrew(run.RunResult);
        return run;
    }

    // A crash is never what a test wants; surfacing the stack trace beats a bare CS8785 warning.
    private static void FailIfGeneratorThrew(GeneratorDriverRunResult result)
    {
        foreach (var generatorResult in result.Results)
        {
            if (generatorResult.Exception is { } exception)
            {
                Assert.Fail($"{generatorResult.Generator.GetGeneratorType().Name} threw:\n{exception}");
            }
        }
    }

    private InMemoryAdditionalText FindText(string path)
    {
        var match = AdditionalTexts.FirstOrDefault(text => text.Path == path);
        if (match is null)
        {
            Assert.Fail($"No schema at '{path}'. Known: {string.Join(", ", AdditionalTexts.Select(text => text.Path))}");
        }
        return match!;
    }
}
