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
    /// <summary>True when the status came from a range key (2XX): <see cref="StatusCode"/> is then its low end (200).</summary>
    public bool IsRange { get; init; }
}
