using Contracts.Generator.Helpers;

namespace Contracts.Generator.Model;

/// <summary>Everything read from one schema file, with the findings made while reading it.</summary>
internal sealed record ApiDocument(
    string FilePath,
    SourceFormat Format,
    string Title,
    EquatableArray<Operation> Operations,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Named schemas (OpenAPI components, Apifox schemaCollection) that <see cref="Schema.Reference"/> keys point at, in document order.</summary>
    public EquatableArray<NamedSchema> Schemas { get; init; } = EquatableArray<NamedSchema>.Empty;

    /// <summary>The security schemes the document declares, in document order.</summary>
    public EquatableArray<SecurityScheme> SecuritySchemes { get; init; } = EquatableArray<SecurityScheme>.Empty;

    /// <summary>The document-wide <c>security</c>; null when the document has none (an empty list: explicitly none).</summary>
    public EquatableArray<SecurityRequirement>? Security { get; init; }
}
