using System.Collections.Generic;
using Contracts.Generator.Model;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// Collects one document pair's findings in report order. Schema comparisons are kept as deltas until every place is
/// known (<see cref="ReferenceGraph.Seal"/>), then expanded in place.
/// </summary>
internal sealed class FindingSink
{
    private readonly string _document;
    private readonly string _beforeFile;
    private readonly string _afterFile;
    private readonly string _beforeVersion;
    private readonly SchemaWalker _walker;
    private readonly List<object> _pending = new();

    public FindingSink(string document, string beforeFile, string afterFile, string beforeVersion, SchemaWalker walker)
    {
        _beforeVersion = beforeVersion;
        _document = document;
        _beforeFile = beforeFile;
        _afterFile = afterFile;
        _walker = walker;
    }

    public void Report(Rule rule, string operation, Place place, string pointer, string detail, SourceSpan? beforeSpan, SourceSpan? afterSpan)
    {
        _pending.Add(new Finding(rule, rule.Level, _document, operation, place, pointer, detail,
            beforeSpan is null ? null : new SourceLocation(_beforeFile, beforeSpan.Value, _beforeVersion), afterSpan is null ? null : new SourceLocation(_afterFile, afterSpan.Value, null)));
    }

    /// <summary>Compares the values at a place; null schemas read as any JSON.</summary>
    public void CompareValues(string operation, Place place, Schema? before, Schema? after, SourceSpan beforeSpan, SourceSpan afterSpan)
        => _pending.Add(new DeferredValues(operation, place, _walker.Compare(before, after, beforeSpan, afterSpan)));

    public List<Finding> Finish()
    {
        var graph = new ReferenceGraph(_walker);
        var roots = new List<SchemaDelta>();
        foreach (var item in _pending)
        {
            if (item is DeferredValues deferred) roots.Add(deferred.Root);
        }
        graph.Seal(roots);

        var findings = new List<Finding>(_pending.Count);
        foreach (var item in _pending)
        {
            if (item is Finding finding)
            {
                findings.Add(finding);
                continue;
            }
            var values = (DeferredValues)item;
            foreach (var change in graph.Expand(values.Root))
            {
                Report(findings, values, change);
            }
        }
        return findings;
    }

    private void Report(List<Finding> findings, DeferredValues values, SchemaChange change)
    {
        var rule = RuleFor(values.Place, change);
        findings.Add(new Finding(rule, rule.Level, _document, values.Operation, values.Place, change.Pointer.ToString(), change.Detail,
            change.OldSpan is null ? null : new SourceLocation(_beforeFile, change.OldSpan.Value, _beforeVersion),
            change.NewSpan is null ? null : new SourceLocation(_afterFile, change.NewSpan.Value, null)));
    }

    /// <summary>A parameter's own value has parameter rules; everything inside it, and every body value, has property rules.</summary>
    private static Rule RuleFor(Place place, SchemaChange change)
    {
        if (place.IsParameter && change.Pointer.IsRoot && RuleCatalogue.HasParameterRule(change.Change))
        {
            return RuleCatalogue.ValueRule(RuleDirection.Request, "parameter", change.Change);
        }
        return RuleCatalogue.ValueRule(place.Direction, "property", change.Change);
    }

    private sealed record DeferredValues(string Operation, Place Place, SchemaDelta Root);
}
