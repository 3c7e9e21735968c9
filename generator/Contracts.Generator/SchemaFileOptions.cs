namespace Contracts.Generator;

/// <summary>Per-file settings from AdditionalFiles metadata and the project; null means "derive it".</summary>
internal sealed record SchemaFileOptions(string? Namespace, string? ClientName, string? RootNamespace)
{
    /// <summary>How business envelopes are recognised (the ContractsEnvelope… metadata); null recognises them by default names.</summary>
    public EnvelopeSettings? Envelope { get; init; }
}
