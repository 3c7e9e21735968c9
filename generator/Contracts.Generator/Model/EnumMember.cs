namespace Contracts.Generator.Model;

/// <summary>A documented enum value: <paramref name="Value"/> is JSON text; name and description come from Apifox's enum extensions.</summary>
internal sealed record EnumMember(string Value, string? Name, string? Description);
