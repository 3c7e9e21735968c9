using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>A declared response: status, media type and the C# type of its body (null when it has none), and whether it is read as JSON.</summary>
internal sealed record ResponsePlan(int StatusCode, string MediaType, TypeRef? Body, string? Description, bool IsJson)
{
    public bool IsSuccess => StatusCode >= 200 && StatusCode < 300;

    /// <summary>True for an error range ("4XX"): <see cref="StatusCode"/> is its low end.</summary>
    public bool IsRange { get; init; }

    /// <summary>How a success is handed back; for a stream, <see cref="Body"/> is the item type (null: text).</summary>
    public SuccessShape Shape { get; init; }
}
