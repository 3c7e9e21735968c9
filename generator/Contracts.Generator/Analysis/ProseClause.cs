using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Contracts.Generator.Analysis;

/// <summary>
/// Finds the clause of a member's description that states a limit (最大值:8 in "默认值:1。最小值:1,最大值:8。"), so a
/// message can quote it: the clause holding the limit's number and a word for its direction. Empty when none fits.
/// </summary>
internal static class ProseClause
{
    private static readonly Regex Number = new(@"-?\d+(?:\.\d+)?", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    private static readonly char[] Separators = { '。', '，', ',', '；', ';', '\n', '、' };
    private static readonly string[] Upper = { "最大", "上限", "不超过", "不大于", "至多", "小于", "max", "at most", "less than", "up to", "≤", "<" };
    private static readonly string[] Lower = { "最小", "下限", "不低于", "不小于", "至少", "大于", "min", "at least", "greater than", "≥", ">" };

    public static string Find(string summary, LimitKind kind, double limit)
    {
        if (summary.Length == 0) return "";
        var words = kind is LimitKind.Maximum or LimitKind.ExclusiveMaximum ? Upper : Lower;
        foreach (var part in summary.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var clause = part.Trim().TrimEnd('.');
            if (!HasWord(clause, words) || !HasNumber(clause, limit)) continue;
            return clause;
        }
        return "";
    }

    private static bool HasWord(string clause, string[] words)
    {
        foreach (var word in words)
        {
            if (clause.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        }
        return false;
    }

    private static bool HasNumber(string clause, double limit)
    {
        try
        {
            foreach (Match match in Number.Matches(clause))
            {
                if (double.TryParse(match.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == limit) return true;
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }
        return false;
    }
}
