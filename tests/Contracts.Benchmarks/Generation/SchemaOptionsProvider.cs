using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Contracts.Benchmarks.Generation;

/// <summary>What MSBuild shows the generator: RootNamespace, and each schema file's ContractsNamespace metadata.</summary>
public sealed class SchemaOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options None = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Benchmarks" });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => textFile is SchemaText schema
            ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ContractsNamespace"] = schema.Namespace })
            : None;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
