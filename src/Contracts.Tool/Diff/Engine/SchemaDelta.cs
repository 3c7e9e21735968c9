using System.Collections.Generic;

namespace Contracts.Tool.Diff.Engine;

/// <summary>What one inline comparison found: its own changes, and the named-schema pairs it reaches.</summary>
internal sealed class SchemaDelta
{
    public List<SchemaChange> Changes { get; } = new();

    public List<ReferenceEdge> Edges { get; } = new();
}
