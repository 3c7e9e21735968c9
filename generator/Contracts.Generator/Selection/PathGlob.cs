using System;

namespace Contracts.Generator.Selection;

/// <summary>
/// Slash-separated globs: <c>*</c> is any run of characters within one segment, <c>**</c> as a whole segment is any number
/// of segments (none too), <c>?</c> is one character other than a slash. Letters compare ignoring case, so a filter never
/// misses an operation by the case of one letter.
/// </summary>
internal static class PathGlob
{
    public static bool IsMatch(string pattern, string text) => Match(pattern, 0, text, 0);

    private static bool Match(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            if (IsGlobstar(pattern, p))
            {
                // "**/" or a final "**": try every segment boundary from here on, including none skipped.
                var rest = p + 2 < pattern.Length ? p + 3 : pattern.Length;
                if (rest == pattern.Length) return true;
                for (var from = t; from <= text.Length; from++)
                {
                    if ((from == t || text[from - 1] == '/') && Match(pattern, rest, text, from)) return true;
                }
                return false;
            }
            var c = pattern[p];
            if (c == '*')
            {
                for (var end = t; ; end++)
                {
                    if (Match(pattern, p + 1, text, end)) return true;
                    if (end == text.Length || text[end] == '/') return false;
                }
            }
            if (t == text.Length) return EndsWithGlobstarSegment(pattern, p);
            if (c == '?' ? text[t] == '/' : char.ToUpperInvariant(c) != char.ToUpperInvariant(text[t])) return false;
            p++;
            t++;
        }
        return t == text.Length;
    }

    /// <summary>"**" standing alone as a segment (start or after "/", then end or "/").</summary>
    private static bool IsGlobstar(string pattern, int p)
        => p + 1 < pattern.Length && pattern[p] == '*' && pattern[p + 1] == '*'
           && (p == 0 || pattern[p - 1] == '/')
           && (p + 2 == pattern.Length || pattern[p + 2] == '/');

    /// <summary>At the end of the text, "/**" left in the pattern still matches: "users/**" takes the folder "users" itself.</summary>
    private static bool EndsWithGlobstarSegment(string pattern, int p)
        => string.Equals(pattern.Substring(p), "/**", StringComparison.Ordinal);
}
