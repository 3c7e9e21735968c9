namespace Contracts.Generator.Model;

/// <summary>
/// A schema defined once and referenced by key: <paramref name="Key"/> is what references use (a component name, or an
/// Apifox schema id such as "#/definitions/187597579"); <paramref name="Name"/> is the name to build the C# type name from.
/// </summary>
internal sealed record NamedSchema(string Key, string Name, Schema Schema, SourceSpan Span);
