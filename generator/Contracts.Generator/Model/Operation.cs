using Contracts.Generator.Helpers;

namespace Contracts.Generator.Model;

/// <summary>One HTTP operation. <paramref name="Method"/> is upper case; <paramref name="Path"/> keeps its {templates}.</summary>
internal sealed record Operation(
    string Method,
    string Path,
    string? OperationId,
    string? Summary,
    string? Description,
    EquatableArray<string> Folder,
    EquatableArray<Parameter> Parameters,
    RequestBody? RequestBody,
    EquatableArray<Response> Responses,
    SourceSpan Span)
{
    /// <summary>The operation's tags as written (OpenAPI "tags", Apifox "tags"); the folder may come from the first one.</summary>
    public EquatableArray<string> Tags { get; init; } = EquatableArray<string>.Empty;
}
