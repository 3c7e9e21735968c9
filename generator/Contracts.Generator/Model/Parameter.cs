namespace Contracts.Generator.Model;

/// <summary>A path, query, header or cookie parameter of an operation.</summary>
internal sealed record Parameter(
    string Name,
    ParameterLocation In,
    bool Required,
    Schema Schema,
    string? Description,
    string? Example,
    SourceSpan Span)
{
    /// <summary>The OpenAPI "style" as written (Swagger's collectionFormat mapped to it); null for the location's default.</summary>
    public string? Style { get; init; }

    /// <summary>Where <see cref="Style"/> is written, for diagnostics.</summary>
    public SourceSpan StyleSpan { get; init; } = SourceSpan.None;

    /// <summary>The OpenAPI "explode" as written; null for the style's default (true for form only).</summary>
    public bool? Explode { get; init; }

    /// <summary>The schema came from "content" (a media type) rather than "schema": the value is sent as JSON text, styles do not apply.</summary>
    public bool AsJsonText { get; init; }
}
