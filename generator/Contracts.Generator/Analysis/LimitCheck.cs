using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Contracts.Generator.Analysis;

/// <summary>Whether a constant breaks one limit, compared the way the generated Validate() compares it.</summary>
internal static class LimitCheck
{
    // A pattern that takes longer than this on a literal is left to run time.
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>True when <paramref name="value"/> breaks <paramref name="limit"/>; values of another kind never do.</summary>
    public static bool Breaks(MemberLimit limit, object value)
    {
        switch (limit.Kind)
        {
            case LimitKind.MinLength:
                return value is string shortText && limit.Value is int min && CodePointLength(shortText) < min;
            case LimitKind.MaxLength:
                return value is string longText && limit.Value is int max && CodePointLength(longText) > max;
            case LimitKind.Pattern:
                return value is string text && limit.Value is string pattern && !Matches(pattern, text);
            case LimitKind.Const:
                return Same(value, limit.Value) == false;
            case LimitKind.AllowedValues:
                if (limit.Value is not System.Collections.Immutable.ImmutableArray<object> allowed || AsDouble(value) is null) return false;
                foreach (var item in allowed)
                {
                    if (Same(value, item) != false) return false;
                }
                return true;
        }
        if (Compare(value, limit.Value) is not { } order) return false;
        return limit.Kind switch
        {
            LimitKind.Minimum => order < 0,
            LimitKind.Maximum => order > 0,
            LimitKind.ExclusiveMinimum => order <= 0,
            _ => order >= 0,
        };
    }

    /// <summary>Whether two constants are the same JSON value (numbers by value); null when they cannot be compared.</summary>
    private static bool? Same(object value, object limit)
    {
        if (value is string left || limit is string) return value is string a && limit is string b ? string.Equals(a, b, StringComparison.Ordinal) : null;
        if (value is bool || limit is bool) return value is bool x && limit is bool y ? x == y : null;
        return Compare(value, limit) is { } order ? order == 0 : null;
    }

    /// <summary>Length in Unicode code points, as JSON Schema and Contracts.JsonText.CodePointLength count it.</summary>
    public static int CodePointLength(string value)
    {
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            length++;
        }
        return length;
    }

    /// <summary>A number constant as a double; null for anything else.</summary>
    public static double? AsDouble(object? value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Orders two number constants exactly when both fit a decimal, else as doubles; null when either is not a number.</summary>
    private static int? Compare(object value, object limit)
    {
        if (AsDecimal(value) is { } left && AsDecimal(limit) is { } right) return left.CompareTo(right);
        if (AsDouble(value) is not { } a || AsDouble(limit) is not { } b || double.IsNaN(a) || double.IsNaN(b)) return null;
        return a.CompareTo(b);
    }

    private static decimal? AsDecimal(object value)
    {
        switch (value)
        {
            case decimal m:
                return m;
            case double or float:
                var d = AsDouble(value)!.Value;
                // Beyond decimal's range (or not finite): compare as doubles.
                if (double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > 7.9e28) return null;
                return (decimal)d;
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            default:
                return null;
        }
    }

    /// <summary>
    /// Runs the pattern as .NET reads it (the generated code does the same), unanchored as JSON Schema wants. A pattern
    /// .NET cannot read, or one that times out, counts as a match: the analyzer only reports what it is sure of.
    /// </summary>
    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
