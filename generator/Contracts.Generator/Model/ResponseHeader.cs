namespace Contracts.Generator.Model;

/// <summary>A header a response declares (OpenAPI "headers"): its name, schema and description.</summary>
internal sealed record ResponseHeader(string Name, Schema? Schema, string? Description);
