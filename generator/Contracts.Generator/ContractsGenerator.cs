using System;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Emitting;
using Contracts.Generator.Emitting.Plan;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Contracts.Generator;

/// <summary>Turns Apifox and OpenAPI files listed as AdditionalFiles into records, validation, JSON metadata and clients.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ToInput(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Input);

        // One step per file from reading to text, so an edit to one schema file regenerates only that file.
        var outputs = files
            .Select(static (input, cancellationToken) => Generate(input, cancellationToken))
            .WithTrackingName(TrackingNames.Emit);

        var environment = context.CompilationProvider
            .Select(static (compilation, _) => EnvironmentCheck.Missing(compilation))
            .WithTrackingName(TrackingNames.Environment);

        context.RegisterSourceOutput(outputs.Collect().Combine(environment), static (output, pair) => Report(output, pair.Left, pair.Right));
    }

    private static SchemaFileInput ToInput(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(file);
        options.TryGetValue("build_metadata.AdditionalFiles.ContractsNamespace", out var ns);
        options.TryGetValue("build_metadata.AdditionalFiles.ContractsClientName", out var clientName);
        provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        var text = file.GetText(cancellationToken)?.ToString() ?? "";
        return new SchemaFileInput(file.Path, text, new SchemaFileOptions(Blank(ns), Blank(clientName), Blank(rootNamespace)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Reads, plans and emits one file; never throws (an unexpected exception becomes CTR1002).</summary>
    internal static FileOutput Generate(SchemaFileInput input, CancellationToken cancellationToken)
    {
        try
        {
            var document = ApiDocumentReader.Read(input.Path, input.Text, cancellationToken);
            if (document is null) return FileOutput.Empty;
            var plan = PlanBuilder.Build(document, input.Options);
            return new FileOutput(FileEmitter.Emit(plan), plan.Diagnostics);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticIds.UnexpectedException, input.Path, SourceSpan.None,
                input.Path, exception.GetType().Name + ": " + exception.Message);
            return new FileOutput(EquatableArray<GeneratedSource>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }

    private static void Report(SourceProductionContext context, System.Collections.Immutable.ImmutableArray<FileOutput> outputs, EquatableArray<string> missing)
    {
        var anySources = false;
        var hintNames = new System.Collections.Generic.HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var output in outputs)
        {
            foreach (var diagnostic in output.Diagnostics)
            {
                context.ReportDiagnostic(DiagnosticFactory.Create(diagnostic));
            }
            foreach (var source in output.Sources)
            {
                anySources = true;
                if (!hintNames.Add(source.HintName))
                {
                    context.ReportDiagnostic(DiagnosticFactory.Create(DiagnosticInfo.Create(DiagnosticIds.DuplicateOutput, "", SourceSpan.None, source.HintName)));
                    continue;
                }
                context.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
            }
        }
        if (anySources)
        {
            foreach (var what in missing)
            {
                context.ReportDiagnostic(DiagnosticFactory.Create(DiagnosticInfo.Create(DiagnosticIds.MissingReference, "", SourceSpan.None, what)));
            }
        }
    }
}
