using System;
using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// Compares two schemas structurally. Where both sides refer to named schemas, the pair gets an ID and is compared once
/// (<see cref="Pair"/>), however many places reach it, so cycles end and the work stays linear in the documents. Where
/// only one side refers, the reference is filled in and the comparison goes on inline; the other side is a finite tree,
/// so that ends too.
/// </summary>
internal sealed class SchemaWalker
{
    private static readonly Schema AnyJson = new();

    private readonly NamedSchemaLookup _before;
    private readonly NamedSchemaLookup _after;
    private readonly Dictionary<(string Before, string After), int> _pairIds = new();
    private readonly List<(string Before, string After)> _pairKeys = new();
    private readonly List<SchemaDelta?> _pairDeltas = new();

    public SchemaWalker(NamedSchemaLookup before, NamedSchemaLookup after)
    {
        _before = before;
        _after = after;
    }

    public int PairCount => _pairKeys.Count;

    /// <summary>Compares two schemas that are not named schemas themselves (a body, a parameter). Null reads as any JSON.</summary>
    public SchemaDelta Compare(Schema? before, Schema? after, SourceSpan beforeSpan, SourceSpan afterSpan)
    {
        var delta = new SchemaDelta();
        Walk(before ?? AnyJson, after ?? AnyJson, JsonPointer.Root, beforeSpan, afterSpan, delta);
        return delta;
    }

    /// <summary>The changes inside one named-schema pair, relative to its root; computed on first use.</summary>
    public SchemaDelta Pair(int id)
    {
        if (_pairDeltas[id] is { } known) return known;
        var (beforeKey, afterKey) = _pairKeys[id];
        var before = _before.Resolve(new Schema { Reference = beforeKey });
        var after = _after.Resolve(new Schema { Reference = afterKey });
        var delta = new SchemaDelta();
        _pairDeltas[id] = delta;
        WalkResolved(before, after, JsonPointer.Root, before.Span, after.Span, delta);
        return delta;
    }

    private int PairId(string beforeKey, string afterKey)
    {
        if (_pairIds.TryGetValue((beforeKey, afterKey), out var id)) return id;
        id = _pairKeys.Count;
        _pairIds.Add((beforeKey, afterKey), id);
        _pairKeys.Add((beforeKey, afterKey));
        _pairDeltas.Add(null);
        return id;
    }

    private void Walk(Schema before, Schema after, JsonPointer at, SourceSpan beforeSpan, SourceSpan afterSpan, SchemaDelta delta)
    {
        beforeSpan = Known(before.Span, beforeSpan);
        afterSpan = Known(after.Span, afterSpan);
        if (before.Reference is { } beforeKey && after.Reference is { } afterKey)
        {
            // The sites carry only what sits beside "$ref" (nullability, description); the targets are compared as a pair.
            ValueAspects.Compare(before, after, new NodeReport(delta, at, beforeSpan, afterSpan));
            delta.Edges.Add(new ReferenceEdge(at, PairId(beforeKey, afterKey)));
            return;
        }
        WalkResolved(before.Reference is null ? before : _before.Resolve(before), after.Reference is null ? after : _after.Resolve(after),
            at, beforeSpan, afterSpan, delta);
    }

    private void WalkResolved(Schema before, Schema after, JsonPointer at, SourceSpan beforeSpan, SourceSpan afterSpan, SchemaDelta delta)
    {
        ValueAspects.Compare(before, after, new NodeReport(delta, at, beforeSpan, afterSpan));
        // A type change says it all: members of an object that became a string are not "removed" one by one.
        if (before.Type != after.Type) return;
        Members(before, after, at, beforeSpan, afterSpan, delta);
        if (before.Items is not null || after.Items is not null)
        {
            Walk(before.Items ?? AnyJson, after.Items ?? AnyJson, at.Append(JsonPointer.AnyItem), beforeSpan, afterSpan, delta);
        }
        // Extra members are unconstrained when no schema is given, unless they are forbidden (ExtraMembers reports that).
        if ((before.AdditionalProperties is not null || after.AdditionalProperties is not null)
            && before.AllowsAdditionalProperties && after.AllowsAdditionalProperties)
        {
            Walk(before.AdditionalProperties ?? AnyJson, after.AdditionalProperties ?? AnyJson, at.Append(JsonPointer.AnyItem), beforeSpan, afterSpan, delta);
        }
        Alternatives(before, after, at, beforeSpan, afterSpan, delta);
    }

    private void Members(Schema before, Schema after, JsonPointer at, SourceSpan beforeSpan, SourceSpan afterSpan, SchemaDelta delta)
    {
        if (before.Properties.IsEmpty && after.Properties.IsEmpty) return;
        var afterByName = new Dictionary<string, int>(after.Properties.Count, StringComparer.Ordinal);
        for (var i = 0; i < after.Properties.Count; i++) afterByName.TryAdd(after.Properties[i].JsonName, i);

        var matched = new bool[after.Properties.Count];
        var lastMatch = -1;
        var reordered = false;
        foreach (var old in before.Properties)
        {
            var pointer = at.Append(old.JsonName);
            if (!afterByName.TryGetValue(old.JsonName, out var index))
            {
                var oldSpan = Known(old.Span, beforeSpan);
                delta.Changes.Add(new SchemaChange(old.Required ? ValueChange.MemberRemovedRequired : ValueChange.MemberRemovedOptional, pointer,
                    $"property {old.JsonName} removed" + (old.Required ? " (it was required)" : ""), oldSpan, null));
                continue;
            }
            matched[index] = true;
            reordered |= index < lastMatch;
            lastMatch = Math.Max(lastMatch, index);
            var now = after.Properties[index];
            var spanBefore = Known(old.Span, beforeSpan);
            var spanAfter = Known(now.Span, afterSpan);
            if (old.Required != now.Required)
            {
                delta.Changes.Add(new SchemaChange(now.Required ? ValueChange.MemberBecameRequired : ValueChange.MemberBecameOptional, pointer,
                    now.Required ? $"property {now.JsonName} became required" : $"property {now.JsonName} became optional", spanBefore, spanAfter));
            }
            Walk(old.Schema, now.Schema, pointer, spanBefore, spanAfter, delta);
        }
        for (var i = 0; i < after.Properties.Count; i++)
        {
            if (matched[i]) continue;
            var added = after.Properties[i];
            delta.Changes.Add(new SchemaChange(added.Required ? ValueChange.MemberAddedRequired : ValueChange.MemberAddedOptional, at.Append(added.JsonName),
                $"property {added.JsonName} added" + (added.Required ? " (required)" : ""), null, Known(added.Span, afterSpan)));
        }
        if (reordered) delta.Changes.Add(new SchemaChange(ValueChange.MemberOrderChanged, at, "members reordered", beforeSpan, afterSpan));
    }

    /// <summary>
    /// Alternatives match by the named schema they refer to, then the rest by position. One side without alternatives
    /// while the other has them is a change of what the type admits.
    /// </summary>
    private void Alternatives(Schema before, Schema after, JsonPointer at, SourceSpan beforeSpan, SourceSpan afterSpan, SchemaDelta delta)
    {
        if (before.Alternatives.IsEmpty && after.Alternatives.IsEmpty) return;
        var report = new NodeReport(delta, at, beforeSpan, afterSpan);
        if (before.Alternatives.IsEmpty)
        {
            report.Add(ValueChange.TypeNarrowed, $"now one of {after.Alternatives.Count} alternatives");
            return;
        }
        if (after.Alternatives.IsEmpty)
        {
            report.Add(ValueChange.TypeWidened, $"no longer one of {before.Alternatives.Count} alternatives");
            return;
        }

        var pairs = new int[before.Alternatives.Count];
        var taken = new bool[after.Alternatives.Count];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = -1;
            if (before.Alternatives[i].Reference is not { } key) continue;
            for (var j = 0; j < taken.Length; j++)
            {
                if (!taken[j] && after.Alternatives[j].Reference == key)
                {
                    pairs[i] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
        var next = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i] >= 0) continue;
            while (next < taken.Length && taken[next]) next++;
            if (next == taken.Length) break;
            pairs[i] = next;
            taken[next] = true;
        }

        for (var i = 0; i < pairs.Length; i++)
        {
            var old = before.Alternatives[i];
            if (pairs[i] < 0)
            {
                delta.Changes.Add(new SchemaChange(ValueChange.AlternativeRemoved, at, $"alternative {Label(old, i, _before)} removed", Known(old.Span, beforeSpan), null));
                continue;
            }
            var now = after.Alternatives[pairs[i]];
            Walk(old, now, at, beforeSpan, afterSpan, delta);
        }
        for (var j = 0; j < taken.Length; j++)
        {
            if (taken[j]) continue;
            var added = after.Alternatives[j];
            delta.Changes.Add(new SchemaChange(ValueChange.AlternativeAdded, at, $"alternative {Label(added, j, _after)} added", null, Known(added.Span, afterSpan)));
        }
    }

    private static string Label(Schema alternative, int index, NamedSchemaLookup names)
    {
        if (alternative.Reference is { } key) return names.NameOf(key);
        if (!string.IsNullOrWhiteSpace(alternative.Title)) return alternative.Title!;
        return "#" + (index + 1).ToString(CultureInfo.InvariantCulture) + " (" + SchemaTypeText.ToText(alternative.Type) + ")";
    }

    /// <summary>A node's own span when the reader recorded one, else the nearest enclosing one.</summary>
    private static SourceSpan Known(SourceSpan span, SourceSpan fallback) => span == SourceSpan.None ? fallback : span;
}
