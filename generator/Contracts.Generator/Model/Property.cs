namespace Contracts.Generator.Model;

/// <summary>An object member: its wire name, schema and whether the object requires it.</summary>
internal sealed record Property(string JsonName, Schema Schema, bool Required, SourceSpan Span);
