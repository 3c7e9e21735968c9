using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Contracts.Generator.CodeFixes;

/// <summary>
/// For CTR6001 on a value beyond an inclusive range: replaces the constant with the limit's generated constant
/// (<c>NumOutputs = 9</c> becomes <c>NumOutputs = PostPredictionsRequestInput.NumOutputsMaximum</c>), the nearest valid
/// value, named so that it follows the schema.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NearestLimitCodeFix)), Shared]
public sealed class NearestLimitCodeFix : CodeFixProvider
{
    // The analyzer's ID and property name (Contracts.Generator: LimitAnalyzer); a test checks they agree.
    internal const string DiagnosticId = "CTR6001";
    internal const string NearestLimitProperty = "ContractsNearestLimit";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(NearestLimitProperty, out var constant) || constant is null) continue;
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value) continue;
            var name = constant.Substring(constant.LastIndexOf('.') + 1);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + name,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, Replacement(constant, value)))),
                    equivalenceKey: nameof(NearestLimitCodeFix)),
                diagnostic);
        }
    }

    private static ExpressionSyntax Replacement(string constant, ExpressionSyntax value)
        => SyntaxFactory.ParseExpression(constant)
            .WithTriviaFrom(value)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
}
