using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Selection;

namespace Contracts.Tool.Diff.Inputs;

/// <summary>Narrows both sides of a pair to the operations the filters keep, exactly as a build with the same metadata does.</summary>
internal static class SelectedOperations
{
    public static (ApiDocument? Before, ApiDocument? After) Apply(DocumentPair pair, OperationSelection selection, List<string> notes)
    {
        if (selection.IsAll) return (pair.Before, pair.After);
        var before = pair.Before is null ? null : DocumentSelector.Apply(pair.Before, selection);
        var after = pair.After is null ? null : DocumentSelector.Apply(pair.After, selection);
        // A pattern is a typo only when it matches on neither side: one the old side alone matched is a removal to report.
        var unmatchedBefore = Unmatched(before);
        foreach (var (option, pattern, what) in Unmatched(after))
        {
            if (before is null || unmatchedBefore.Contains((option, pattern, what)))
            {
                notes.Add($"{pair.Name}: the {OptionName(option)} pattern '{pattern}' matches no {what}.");
            }
        }
        return (before, after);
    }

    private static HashSet<(string, string, string)> Unmatched(ApiDocument? document)
        => document is null
            ? new HashSet<(string, string, string)>()
            : new HashSet<(string, string, string)>(document.Diagnostics
                .Where(d => d.Id == DiagnosticId.SelectionMatchesNothing && d.Arguments.Count == 3)
                .Select(d => (d.Arguments[0], d.Arguments[1], d.Arguments[2])));

    private static string OptionName(string metadata) => metadata switch
    {
        DocumentSelector.IncludeName => "--include",
        DocumentSelector.ExcludeName => "--exclude",
        _ => "--keep-schema",
    };
}
