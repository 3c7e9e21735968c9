using Contracts.Generator.Model;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// A change found while comparing two schemas, before it is tied to a place: <paramref name="Suffix"/> is the rule ID
/// without its place prefix ("maximum-decreased"), <paramref name="Pointer"/> is relative to where the comparison started.
/// </summary>
internal sealed record SchemaChange(string Suffix, JsonPointer Pointer, string Detail, SourceSpan? OldSpan, SourceSpan? NewSpan);
