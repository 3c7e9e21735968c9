using System.Collections.Generic;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// The named-schema pairs every place reaches. Once all places are known it marks the pairs that lead to a change, so
/// expanding a place walks only routes with something to report; each change is shown once per place, at the pointer
/// of its shortest route (breadth first).
/// </summary>
internal sealed class ReferenceGraph
{
    private readonly SchemaWalker _walker;
    private bool[] _leadsToChange = System.Array.Empty<bool>();
    private int[] _visitedIn = System.Array.Empty<int>();
    private int _expansion;

    public ReferenceGraph(SchemaWalker walker) => _walker = walker;

    /// <summary>Compares every pair reachable from <paramref name="roots"/> and marks the ones that lead to a change.</summary>
    public void Seal(IEnumerable<SchemaDelta> roots)
    {
        var explored = new List<bool>();
        var queue = new Queue<int>();
        void Visit(int id)
        {
            while (explored.Count <= id) explored.Add(false);
            if (explored[id]) return;
            explored[id] = true;
            queue.Enqueue(id);
        }
        foreach (var root in roots)
        {
            foreach (var edge in root.Edges) Visit(edge.PairId);
        }
        while (queue.Count > 0)
        {
            foreach (var edge in _walker.Pair(queue.Dequeue()).Edges) Visit(edge.PairId);
        }

        var count = _walker.PairCount;
        var referrers = new List<int>?[count];
        var marked = new bool[count];
        var pending = new Queue<int>();
        for (var id = 0; id < count; id++)
        {
            var delta = _walker.Pair(id);
            foreach (var edge in delta.Edges) (referrers[edge.PairId] ??= new List<int>()).Add(id);
            if (delta.Changes.Count > 0)
            {
                marked[id] = true;
                pending.Enqueue(id);
            }
        }
        while (pending.Count > 0)
        {
            var id = pending.Dequeue();
            if (referrers[id] is not { } sources) continue;
            foreach (var source in sources)
            {
                if (marked[source]) continue;
                marked[source] = true;
                pending.Enqueue(source);
            }
        }
        _leadsToChange = marked;
        _visitedIn = new int[count];
    }

    /// <summary>The root's own changes, then those of the pairs it reaches, each pointer made absolute.</summary>
    public IEnumerable<SchemaChange> Expand(SchemaDelta root)
    {
        foreach (var change in root.Changes) yield return change;
        if (root.Edges.Count == 0) yield break;

        var expansion = ++_expansion;
        var queue = new Queue<(int PairId, JsonPointer At)>();
        void Follow(ReferenceEdge edge, JsonPointer from)
        {
            if (!_leadsToChange[edge.PairId] || _visitedIn[edge.PairId] == expansion) return;
            _visitedIn[edge.PairId] = expansion;
            queue.Enqueue((edge.PairId, from.Concat(edge.At)));
        }
        foreach (var edge in root.Edges) Follow(edge, JsonPointer.Root);
        while (queue.Count > 0)
        {
            var (id, at) = queue.Dequeue();
            var delta = _walker.Pair(id);
            foreach (var change in delta.Changes) yield return change with { Pointer = at.Concat(change.Pointer) };
            foreach (var edge in delta.Edges) Follow(edge, at);
        }
    }
}
