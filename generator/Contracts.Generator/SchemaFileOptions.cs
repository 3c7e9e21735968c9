namespace Contracts.Generator;

/// <summary>Per-file settings from AdditionalFiles metadata and the project; null means "derive it".</summary>
internal sealed record SchemaFileOptions(string? Namespace, string? ClientName, string? RootNamespace);
