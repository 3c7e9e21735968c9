namespace Contracts.Generator.Model;

/// <summary>A path, query, header or cookie parameter of an operation.</summary>
internal sealed record Parameter(
    string Name,
    ParameterLocation In,
    bool Required,
    Schema Schema,
    string? Description,
    string? Example,
    SourceSpan Span);
