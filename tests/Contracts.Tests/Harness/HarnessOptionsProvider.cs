using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Contracts.Tests.Harness;

/// <summary>Exposes what MSBuild would: the global RootNamespace and each AdditionalFile's Contracts metadata.</summary>
public sealed class HarnessOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string RootNamespaceKey = "build_property.RootNamespace";
    public const string NamespaceKey = "build_metadata.AdditionalFiles.ContractsNamespace";
    public const string ClientNameKey = "build_metadata.AdditionalFiles.ContractsClientName";
    public const string DefaultItemKey = "build_metadata.AdditionalFiles.ContractsDefaultItem";

    public HarnessOptionsProvider(string rootNamespace)
        => GlobalOptions = new DictionaryAnalyzerConfigOptions(new Dictionary<string, string> { [RootNamespaceKey] = rootNamespace });

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        if (textFile is not InMemoryAdditionalText inMemory)
        {
            return DictionaryAnalyzerConfigOptions.Empty;
        }
        // MSBuild passes CompilerVisibleItemMetadata that is not set as an empty string, not as a missing key.
        var options = new Dictionary<string, string>
        {
            [NamespaceKey] = inMemory.Input.Namespace ?? "",
            [ClientNameKey] = inMemory.Input.ClientName ?? "",
            [DefaultItemKey] = inMemory.Input.DefaultItem ? "true" : "",
        };
        foreach (var pair in inMemory.Input.Metadata ?? new Dictionary<string, string>()) options["build_metadata.AdditionalFiles." + pair.Key] = pair.Value;
        return new DictionaryAnalyzerConfigOptions(options);
    }
}
