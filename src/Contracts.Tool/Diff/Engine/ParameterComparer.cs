using System.Collections.Generic;
using Contracts.Generator.Model;
using Contracts.Generator.Naming;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// Parameters match by location and name (header names ignore case); path parameters match by their position in the
/// path template, so renaming a placeholder is not a removal.
/// </summary>
internal static class ParameterComparer
{
    public static void Compare(Operation before, Operation after, string operation, FindingSink sink)
    {
        before = WithoutAuthorization(before);
        after = WithoutAuthorization(after);
        if (before.Parameters.IsEmpty && after.Parameters.IsEmpty) return;
        var beforePlaceholders = PathTemplate.Placeholders(before.Path);
        var afterPlaceholders = PathTemplate.Placeholders(after.Path);
        var afterByKey = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < after.Parameters.Count; i++) afterByKey.TryAdd(Key(after.Parameters[i], afterPlaceholders), i);

        var matched = new bool[after.Parameters.Count];
        var lastMatch = -1;
        var reordered = false;
        foreach (var old in before.Parameters)
        {
            if (!afterByKey.TryGetValue(Key(old, beforePlaceholders), out var index) || matched[index])
            {
                sink.Report(old.Required ? RuleCatalogue.RequestParameterRemovedRequired : RuleCatalogue.RequestParameterRemovedOptional, operation,
                    PlaceOf(old), "", $"{Location(old)} parameter {old.Name} removed", old.Span, null);
                continue;
            }
            matched[index] = true;
            reordered |= index < lastMatch;
            lastMatch = System.Math.Max(lastMatch, index);
            CompareMatched(old, after.Parameters[index], operation, sink);
        }
        for (var i = 0; i < after.Parameters.Count; i++)
        {
            if (matched[i]) continue;
            var added = after.Parameters[i];
            sink.Report(added.Required ? RuleCatalogue.RequestParameterAddedRequired : RuleCatalogue.RequestParameterAddedOptional, operation,
                PlaceOf(added), "", $"{Location(added)} parameter {added.Name} added" + (added.Required ? " (required)" : ""), null, added.Span);
        }
        if (reordered)
        {
            sink.Report(RuleCatalogue.RequestParameterOrderChanged, operation, Place.Operation, "", "parameters reordered", before.Span, after.Span);
        }
    }

    /// <summary>A declared Authorization header is no parameter of the generated client (credentials come from the security settings), so no change to it is one.</summary>
    private static Operation WithoutAuthorization(Operation operation)
    {
        var kept = new List<Parameter>(operation.Parameters.Count);
        foreach (var parameter in operation.Parameters)
        {
            if (!Contracts.Generator.Planning.SecurityPlanner.IsAuthorizationHeader(parameter)) kept.Add(parameter);
        }
        return kept.Count == operation.Parameters.Count ? operation : operation with { Parameters = new Contracts.Generator.Helpers.EquatableArray<Parameter>(kept.ToArray()) };
    }

    private static void CompareMatched(Parameter before, Parameter after, string operation, FindingSink sink)
    {
        var place = PlaceOf(after);
        if (before.Required != after.Required)
        {
            sink.Report(after.Required ? RuleCatalogue.RequestParameterBecameRequired : RuleCatalogue.RequestParameterBecameOptional, operation, place, "",
                after.Required ? "became required" : "became optional", before.Span, after.Span);
        }
        if (before.Name != after.Name)
        {
            sink.Report(RuleCatalogue.RequestParameterRenamed, operation, place, "", $"placeholder {{{before.Name}}} → {{{after.Name}}}", before.Span, after.Span);
        }
        if (!ValueAspects.SameText(before.Example, after.Example))
        {
            sink.Report(RuleCatalogue.RequestParameterExampleChanged, operation, place, "", $"example {before.Example ?? "none"} → {after.Example ?? "none"}", before.Span, after.Span);
        }
        if (!ValueAspects.SameText(before.Description, after.Description))
        {
            sink.Report(RuleCatalogue.ValueRule(RuleDirection.Request, "parameter", ValueChange.DescriptionChanged), operation, place, "", "description changed", before.Span, after.Span);
        }
        sink.CompareValues(operation, place, before.Schema, after.Schema, before.Span, after.Span);
    }

    private static string Key(Parameter parameter, List<string> placeholders)
    {
        if (parameter.In == ParameterLocation.Path)
        {
            var position = placeholders.IndexOf(parameter.Name);
            return position >= 0 ? "path#" + position.ToString(System.Globalization.CultureInfo.InvariantCulture) : "path:" + parameter.Name;
        }
        return parameter.In == ParameterLocation.Header ? "header:" + parameter.Name.ToLowerInvariant() : Location(parameter) + ":" + parameter.Name;
    }

    private static Place PlaceOf(Parameter parameter) => Place.Parameter(Location(parameter), parameter.Name);

    private static string Location(Parameter parameter) => parameter.In.ToString().ToLowerInvariant();
}
