using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Contracts.Generator.Analysis;
using Contracts.Generator.CodeFixes;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Contracts.Tests.Analysis;

/// <summary>The CTR6001 code fix: the out-of-range constant becomes the generated limit constant, and the warning goes.</summary>
public sealed class NearestLimitCodeFixTests
{
    [Fact]
    public void The_fix_and_the_analyzer_agree_on_the_id_and_the_property()
    {
        Assert.Equal(NearestLimitCodeFix.DiagnosticId, Contracts.Generator.Diagnostics.DiagnosticId.ConstantBreaksLimit.Code);
        Assert.Equal(NearestLimitCodeFix.NearestLimitProperty, LimitAnalyzer.NearestLimitProperty);
    }

    [Fact]
    public void A_value_above_the_maximum_becomes_the_maximum_constant_and_one_below_the_minimum_the_minimum()
    {
        var fixedText = ApplyFixes("""
            using Contracts.Replicate;
            public static class Consumer
            {
                public static PostPredictionsRequestInput Make() => new PostPredictionsRequestInput { Image = "x", NumOutputs = 9, GuidanceScale = -1 };
            }
            """);

        Assert.Contains("NumOutputs = PostPredictionsRequestInput.NumOutputsMaximum, GuidanceScale = PostPredictionsRequestInput.GuidanceScaleMinimum }", fixedText);
    }

    [Fact]
    public void No_fix_is_offered_where_the_limit_is_no_valid_value()
    {
        // An exclusive limit is itself refused; lengths and patterns have no nearest constant.
        var document = Document("""
            using Fixtures.Orders;
            public static class Consumer
            {
                public static Order Make() => new Order { Ratio = 1.5, Code = "toolong" };
            }
            """, out var diagnostics, new SchemaInput("/s/orders.openapi.json", """
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {"Order": {"type": "object", "properties": {
                 "ratio": {"type": "number", "exclusiveMaximum": 1}, "code": {"type": "string", "maxLength": 3}}}}}}
                """, "Fixtures.Orders"));

        Assert.Equal(2, diagnostics.Count);
        Assert.Empty(Actions(document, diagnostics));
    }

    private static string ApplyFixes(string consumer)
    {
        var document = Document(consumer, out var diagnostics, AnalyzerRun.Seed());
        Assert.Equal(2, diagnostics.Count);
        foreach (var _ in diagnostics)
        {
            // One fix at a time, each on the document the previous one left, as a user applies them.
            var current = Diagnostics(document);
            var action = Actions(document, current).First();
            var operation = action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult().OfType<ApplyChangesOperation>().Single();
            document = operation.ChangedSolution.GetDocument(document.Id)!;
        }
        Assert.Empty(Diagnostics(document));
        return document.GetTextAsync().GetAwaiter().GetResult().ToString();
    }

    // The consumer as a document of a workspace project holding the generated sources too.
    private static Document Document(string consumer, out IReadOnlyList<Diagnostic> diagnostics, params SchemaInput[] schemas)
    {
        var run = GeneratorHarness.Run(schemas, new[] { consumer });
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Consumer", "Consumer", LanguageNames.CSharp,
            compilationOptions: GeneratorHarness.CompilationOptions, parseOptions: GeneratorHarness.ParseOptions, metadataReferences: GeneratorHarness.References));
        foreach (var (hint, text) in run.GeneratedSources) project = project.AddDocument(hint, SourceText.From(text)).Project;
        var document = project.AddDocument("Consumer.cs", SourceText.From(consumer));
        diagnostics = Diagnostics(document);
        return document;
    }

    private static IReadOnlyList<Diagnostic> Diagnostics(Document document)
    {
        var compilation = document.Project.GetCompilationAsync().GetAwaiter().GetResult()!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LimitAnalyzer()))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Location.SourceTree?.FilePath == document.FilePath || d.Location.SourceTree == document.GetSyntaxTreeAsync().GetAwaiter().GetResult())
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();
    }

    private static List<CodeAction> Actions(Document document, IReadOnlyList<Diagnostic> diagnostics)
    {
        var actions = new List<CodeAction>();
        var fix = new NearestLimitCodeFix();
        foreach (var diagnostic in diagnostics)
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            fix.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
        }
        return actions;
    }
}
