using System;
using System.Globalization;
using Contracts.Generator.Model;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// Compares limits: which way a bound moved, treating an exclusive bound as tighter than an inclusive one at the same
/// value. Where a limit came from (keyword or prose) does not matter.
/// </summary>
internal static class Bounds
{
    /// <summary>Reports "-added", "-removed", "-increased" or "-decreased" for a numeric bound.</summary>
    public static void Compare(NumericBound? before, NumericBound? after, bool upper, string name, in NodeReport report)
    {
        if (before is null && after is null) return;
        if (before is null)
        {
            report.Add(name + "-added", $"{name} {Text(after)} added");
            return;
        }
        if (after is null)
        {
            report.Add(name + "-removed", $"{name} {Text(before)} removed");
            return;
        }
        var order = CompareValues(before.Literal, after.Literal);
        if (order == 0 && before.Exclusive != after.Exclusive)
        {
            // The same number, made exclusive: an upper bound moves down, a lower bound up.
            order = after.Exclusive == upper ? -1 : 1;
        }
        if (order != 0) report.Add(name + (order < 0 ? "-decreased" : "-increased"), $"{name} {Text(before)} → {Text(after)}");
    }

    /// <summary>As <see cref="Compare(NumericBound?, NumericBound?, bool, string, in NodeReport)"/>, for counts (lengths, items).</summary>
    public static void Compare(int? before, int? after, string name, in NodeReport report)
    {
        if (before == after) return;
        if (before is null) report.Add(name + "-added", $"{name} {after} added");
        else if (after is null) report.Add(name + "-removed", $"{name} {before} removed");
        else report.Add(name + (after < before ? "-decreased" : "-increased"), $"{name} {before} → {after}");
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
