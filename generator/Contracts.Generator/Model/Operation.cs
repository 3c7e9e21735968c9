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

    /// <summary>Apifox's development status (x-apifox-status, an endpoint's "status"): designing, developing, released…</summary>
    public string? Status { get; init; }

    /// <summary>True when the source marks the operation deprecated ("deprecated": true, or Apifox status deprecated/obsolete).</summary>
    public bool Deprecated { get; init; }

    /// <summary>The operation's own <c>security</c>, replacing the document's; null when it has none (an empty list: no credentials).</summary>
    public EquatableArray<SecurityRequirement>? Security { get; init; }

    /// <summary>Apifox's statuses that say the operation is on its way out.</summary>
    public static bool IsDeprecatedStatus(string? status) => status is "deprecated" or "obsolete";
}
