using System;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Emitting;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Planning;
using Contracts.Generator.Reading;
using Contracts.Generator.Selection;
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
        // The collected paths only decide each file's hint-name prefix; an unchanged file keeps the same value, so it stays cached.
        var files = context.AdditionalTextsProvider
            .Collect()
            .SelectMany(static (texts, _) => SchemaFileList.Identify(texts))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ToInput(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Input);

        // One step per file from reading to text, and one source output per file, so an edit to one schema file
        // regenerates and re-adds only that file's sources.
        var outputs = files
            .Select(static (input, cancellationToken) => Generate(input, cancellationToken))
            .WithTrackingName(TrackingNames.Emit);
        context.RegisterSourceOutput(outputs, static (output, file) => AddSources(output, file));

        // DI registration, configuration binding and logging hooks, when the project references what they need.
        var features = context.CompilationProvider
            .Select(static (compilation, _) => ClientFeatures.Of(compilation))
            .WithTrackingName(TrackingNames.Features);
        var extras = outputs
            .Select(static (file, _) => file.Client)
            .Combine(features)
            .WithTrackingName(TrackingNames.ClientExtras);
        context.RegisterSourceOutput(extras, static (output, pair) => AddExtras(output, pair.Left, pair.Right));

        var environment = context.CompilationProvider
            .Select(static (compilation, _) => EnvironmentCheck.Missing(compilation))
            .WithTrackingName(TrackingNames.Environment);
        var anySources = outputs
            .Select(static (file, _) => !file.Sources.IsEmpty)
            .Collect()
            .Select(static (flags, _) => flags.Contains(true));
        context.RegisterSourceOutput(anySources.Combine(environment), static (output, pair) => ReportMissing(output, pair.Left, pair.Right));
    }

    private static SchemaFileInput ToInput(SchemaFile file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(file.Text);
        options.TryGetValue("build_metadata.AdditionalFiles.ContractsNamespace", out var ns);
        options.TryGetValue("build_metadata.AdditionalFiles.ContractsClientName", out var clientName);
        options.TryGetValue("build_metadata.AdditionalFiles." + DocumentSelector.IncludeName, out var include);
        options.TryGetValue("build_metadata.AdditionalFiles." + DocumentSelector.ExcludeName, out var exclude);
        options.TryGetValue("build_metadata.AdditionalFiles." + DocumentSelector.KeepSchemasName, out var keepSchemas);
        provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        options.TryGetValue("build_metadata.AdditionalFiles.ContractsDefaultItem", out var defaultItem);
        // Items of the package's default globs may be anything; an item with Contracts metadata was surely meant for us.
        var origin = string.Equals(defaultItem, "true", StringComparison.OrdinalIgnoreCase) ? FileOrigin.Pattern
            : Blank(ns) is not null || Blank(clientName) is not null ? FileOrigin.Argument
            : FileOrigin.Listed;
        // A repeated item is not read: the first occurrence generates, this one only reports.
        var text = file.Repeated ? "" : file.Text.GetText(cancellationToken)?.ToString() ?? "";
        return new SchemaFileInput(file.Text.Path, text, new SchemaFileOptions(Blank(ns), Blank(clientName), Blank(rootNamespace)), file.HintPrefix, file.Repeated, origin,
            OperationSelection.Parse(include, exclude, keepSchemas));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Reads, plans and emits one file; never throws (an unexpected exception becomes CTR1002).</summary>
    internal static FileOutput Generate(SchemaFileInput input, CancellationToken cancellationToken)
    {
        if (input.Repeated)
        {
            var repeated = DiagnosticInfo.Create(DiagnosticId.RepeatedFile, input.Path, SourceSpan.None, input.Path);
            return new FileOutput(EquatableArray<GeneratedSource>.Empty, new EquatableArray<DiagnosticInfo>(new[] { repeated }));
        }
        try
        {
            var document = ApiDocumentReader.Read(input.Path, input.Text, cancellationToken);
            if (document is null)
            {
                // Nothing read: silent for a file a pattern picked up, a finding for a file someone named.
                return UnrecognisedFile.Report(input.Path, input.Text, input.Origin) is { } unrecognised
                    ? new FileOutput(EquatableArray<GeneratedSource>.Empty, new EquatableArray<DiagnosticInfo>(new[] { unrecognised }))
                    : FileOutput.Empty;
            }
            document = DocumentSelector.Apply(document, input.Selection ?? OperationSelection.All);
            var plan = PlanBuilder.Build(document, input.Options, input.HintPrefix);
            return new FileOutput(FileEmitter.Emit(plan), plan.Diagnostics) { Client = ClientShape.Of(plan) };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticId.UnexpectedException, input.Path, SourceSpan.None,
                input.Path, exception.GetType().Name + ": " + exception.Message);
            return new FileOutput(EquatableArray<GeneratedSource>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }

    private static void AddSources(SourceProductionContext context, FileOutput output)
    {
        foreach (var diagnostic in output.Diagnostics)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(diagnostic));
        }
        foreach (var source in output.Sources)
        {
            context.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
        }
    }

    private static void AddExtras(SourceProductionContext context, ClientShape? client, ClientFeatures features)
    {
        if (client is null || !features.Any) return;
        context.AddSource(client.HintPrefix + "." + client.ClientName + ".Extras.g.cs",
            SourceText.From(ClientExtrasEmitter.Emit(client, features), System.Text.Encoding.UTF8));
    }

    private static void ReportMissing(SourceProductionContext context, bool anySources, EquatableArray<string> missing)
    {
        if (!anySources) return;
        foreach (var what in missing)
        {
            context.ReportDiagnostic(DiagnosticFactory.Create(DiagnosticInfo.Create(DiagnosticId.MissingReference, "", SourceSpan.None, what)));
        }
    }
}
