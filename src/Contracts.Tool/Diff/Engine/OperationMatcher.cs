using System;
using System.Collections.Generic;
using Contracts.Generator.Model;
using Contracts.Generator.Naming;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// Pairs operations across sides by method and path template (placeholder names aside). Operations left over on both
/// sides with the same operationId are one operation whose method or path changed.
/// </summary>
internal static class OperationMatcher
{
    /// <summary>Pairs in the new side's order (an added operation has no old one), then removed operations in the old side's order.</summary>
    public static List<(Operation? Before, Operation? After)> Match(IReadOnlyList<Operation> before, IReadOnlyList<Operation> after)
    {
        var afterByKey = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var i = 0; i < after.Count; i++)
        {
            var key = Key(after[i]);
            if (!afterByKey.TryGetValue(key, out var indexes)) afterByKey.Add(key, indexes = new Queue<int>());
            indexes.Enqueue(i);
        }

        var partnerOfAfter = new int[after.Count];
        Array.Fill(partnerOfAfter, -1);
        var unmatchedBefore = new List<int>();
        for (var i = 0; i < before.Count; i++)
        {
            if (afterByKey.TryGetValue(Key(before[i]), out var indexes) && indexes.Count > 0) partnerOfAfter[indexes.Dequeue()] = i;
            else unmatchedBefore.Add(i);
        }

        // Leftovers with one shared operationId on each side moved rather than vanished.
        var leftoverAfterById = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < after.Count; i++)
        {
            if (partnerOfAfter[i] >= 0 || string.IsNullOrWhiteSpace(after[i].OperationId)) continue;
            if (!leftoverAfterById.TryAdd(after[i].OperationId!, i)) ambiguous.Add(after[i].OperationId!);
        }
        var removed = new List<int>();
        foreach (var i in unmatchedBefore)
        {
            var id = before[i].OperationId;
            if (!string.IsNullOrWhiteSpace(id) && !ambiguous.Contains(id!) && leftoverAfterById.TryGetValue(id!, out var j) && partnerOfAfter[j] < 0)
            {
                partnerOfAfter[j] = i;
            }
            else
            {
                removed.Add(i);
            }
        }

        var pairs = new List<(Operation?, Operation?)>(after.Count + removed.Count);
        for (var i = 0; i < after.Count; i++) pairs.Add((partnerOfAfter[i] >= 0 ? before[partnerOfAfter[i]] : null, after[i]));
        foreach (var i in removed) pairs.Add((before[i], null));
        return pairs;
    }

    public static string Key(Operation operation) => operation.Method.ToUpperInvariant() + " " + PathTemplate.Normalise(operation.Path);

    public static string Label(Operation operation) => operation.Method.ToUpperInvariant() + " " + operation.Path;
}
