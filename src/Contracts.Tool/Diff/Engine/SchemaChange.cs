using Contracts.Generator.Model;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// A change found while comparing two schemas, before it is tied to a place (which picks its rule);
/// <paramref name="Pointer"/> is relative to where the comparison started.
/// </summary>
internal sealed record SchemaChange(ValueChange Change, JsonPointer Pointer, string Detail, SourceSpan? OldSpan, SourceSpan? NewSpan);
