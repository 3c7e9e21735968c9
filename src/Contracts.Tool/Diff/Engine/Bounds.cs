using System;
using System.Globalization;
using Contracts.Generator.Model;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// Compares limits: which way a bound moved, treating an exclusive bound as tighter than an inclusive one at the same
/// value. Where a limit came from (keyword or prose) does not matter.
/// </summary>
internal static class Bounds
{
    /// <summary>Reports the bound added, removed, increased or decreased, for a numeric bound.</summary>
    public static void Compare(NumericBound? before, NumericBound? after, bool upper, ValueChange.BoundChanges bound, in NodeReport report)
    {
        if (before is null && after is null) return;
        if (before is null)
        {
            report.Add(bound.Added, $"{bound.Name} {Text(after)} added");
            return;
        }
        if (after is null)
        {
            report.Add(bound.Removed, $"{bound.Name} {Text(before)} removed");
            return;
        }
        var order = CompareValues(before.Literal, after.Literal);
        if (order == 0 && before.Exclusive != after.Exclusive)
        {
            // The same number, made exclusive: an upper bound moves down, a lower bound up.
            order = after.Exclusive == upper ? -1 : 1;
        }
        if (order != 0) report.Add(order < 0 ? bound.Decreased : bound.Increased, $"{bound.Name} {Text(before)} → {Text(after)}");
    }

    /// <summary>As <see cref="Compare(NumericBound?, NumericBound?, bool, ValueChange.BoundChanges, in NodeReport)"/>, for counts (lengths, items).</summary>
    public static void Compare(int? before, int? after, ValueChange.BoundChanges bound, in NodeReport report)
    {
        if (before == after) return;
        if (before is null) report.Add(bound.Added, $"{bound.Name} {after} added");
        else if (after is null) report.Add(bound.Removed, $"{bound.Name} {before} removed");
        else report.Add(after < before ? bound.Decreased : bound.Increased, $"{bound.Name} {before} → {after}");
    }

    private static string Text(NumericBound? bound) => bound is null ? "none" : bound.Exclusive ? bound.Literal + " (exclusive)" : bound.Literal;

    /// <summary>Negative when <paramref name="after"/> is smaller; decimal first (exact), double for numbers beyond it.</summary>
    private static int CompareValues(string before, string after)
    {
        const NumberStyles Style = NumberStyles.Float;
        if (decimal.TryParse(before, Style, CultureInfo.InvariantCulture, out var b) && decimal.TryParse(after, Style, CultureInfo.InvariantCulture, out var a))
        {
            return a.CompareTo(b);
        }
        if (double.TryParse(before, Style, CultureInfo.InvariantCulture, out var bd) && double.TryParse(after, Style, CultureInfo.InvariantCulture, out var ad))
        {
            return ad.CompareTo(bd);
        }
        return string.CompareOrdinal(before, after) == 0 ? 0 : Math.Sign(string.CompareOrdinal(after, before));
    }
}
