using System;
using System.Collections.Generic;
using Contracts.Generator.Helpers;

namespace Contracts.Generator.Selection;

/// <summary>
/// Which operations of one schema file are generated: those any include pattern matches (all when there is none) and no
/// exclude pattern matches, with the named schemas they reach, plus the named schemas listed to keep.
/// Patterns are separated by ";" as MSBuild lists are, or by "|" (how the package's props pass them to the compiler,
/// whose .editorconfig reading takes ";" for the start of a comment).
/// </summary>
internal sealed record OperationSelection(EquatableArray<string> Include, EquatableArray<string> Exclude, EquatableArray<string> KeepSchemas)
{
    public static readonly OperationSelection All = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    /// <summary>True when nothing is filtered: every operation and every named schema is generated.</summary>
    public bool IsAll => Include.Count == 0 && Exclude.Count == 0 && KeepSchemas.Count == 0;

    public static OperationSelection Parse(string? include, string? exclude, string? keepSchemas)
    {
        var selection = new OperationSelection(Split(include), Split(exclude), Split(keepSchemas));
        return selection.IsAll ? All : selection;
    }

    /// <summary>Several values of one option (a command line's repeated flag), each itself a ";" list.</summary>
    public static OperationSelection Parse(IEnumerable<string>? include, IEnumerable<string>? exclude, IEnumerable<string>? keepSchemas)
        => Parse(Join(include), Join(exclude), Join(keepSchemas));

    private static string? Join(IEnumerable<string>? values) => values is null ? null : string.Join(";", values);

    private static readonly char[] Separators = { ';', '|' };

    private static EquatableArray<string> Split(string? list)
    {
        if (string.IsNullOrWhiteSpace(list)) return EquatableArray<string>.Empty;
        var patterns = new List<string>();
        foreach (var part in list!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0 && !patterns.Contains(trimmed)) patterns.Add(trimmed);
        }
        return patterns.ToEquatableArray();
    }
}
