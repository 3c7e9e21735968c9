using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>
/// An <c>application/problem+json</c> error body (RFC 9457). Generated clients read it for an error status the operation
/// does not declare, and throw it as <see cref="ApiException{TError}"/> of <see cref="ProblemDetails"/>.
/// </summary>
public sealed class ProblemDetails
{
    /// <summary>A URI that names the problem type; "about:blank" when absent.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>A short summary of the problem type.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>The HTTP status the server meant, as it wrote it in the body.</summary>
    [JsonPropertyName("status")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Status { get; set; }

    /// <summary>An explanation of this occurrence.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; set; }

    /// <summary>A URI that names this occurrence.</summary>
    [JsonPropertyName("instance")]
    public string? Instance { get; set; }

    /// <summary>The members the RFC leaves to each problem type (such as <c>errors</c> or <c>traceId</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extensions { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Title ?? Type ?? "problem"}{(Detail is null ? "" : ": " + Detail)}";
}
