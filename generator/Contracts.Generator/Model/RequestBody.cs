using Contracts.Generator.Helpers;

namespace Contracts.Generator.Model;

/// <summary>A request body: the media type (e.g. application/json), its schema and examples.</summary>
internal sealed record RequestBody(
    string MediaType,
    Schema? Schema,
    bool Required,
    EquatableArray<Example> Examples,
    SourceSpan Span);
