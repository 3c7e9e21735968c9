using Contracts.Generator.Model;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Engine;

/// <summary>Where aspect comparers report: one schema node of each side, at one pointer.</summary>
internal readonly struct NodeReport
{
    private readonly SchemaDelta _into;

    public NodeReport(SchemaDelta into, JsonPointer at, SourceSpan oldSpan, SourceSpan newSpan)
    {
        _into = into;
        At = at;
        OldSpan = oldSpan;
        NewSpan = newSpan;
    }

    public JsonPointer At { get; }

    public SourceSpan OldSpan { get; }

    public SourceSpan NewSpan { get; }

    public void Add(ValueChange change, string detail) => _into.Changes.Add(new SchemaChange(change, At, detail, OldSpan, NewSpan));
}
