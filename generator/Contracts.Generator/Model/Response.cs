using Contracts.Generator.Helpers;

namespace Contracts.Generator.Model;

/// <summary>One response of an operation, by status code.</summary>
internal sealed record Response(
    int StatusCode,
    string? Name,
    string? Description,
    string MediaType,
    Schema? Schema,
    EquatableArray<Example> Examples,
    SourceSpan Span)
{
    /// <summary>True when the status came from a range key ("2XX", "4XX"): <see cref="StatusCode"/> is then its low end (200, 400).</summary>
    public bool IsRange { get; init; }

    /// <summary>The headers the response declares, in document order (Content-Type left out, as OpenAPI says).</summary>
    public EquatableArray<ResponseHeader> Headers { get; init; } = EquatableArray<ResponseHeader>.Empty;
}
