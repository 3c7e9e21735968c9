using System;

namespace Contracts.Generator.Reading;

/// <summary>Recognises the plain-text lines of an Apifox page: "MethodPOST", "Path/…" and the section headings.</summary>
internal static class PageLines
{
    private static readonly string[] Methods = { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE" };

    /// <summary>"MethodPOST" (any case) → "POST".</summary>
    public static bool TryReadMethod(string text, int start, int end, out string method)
    {
        method = "";
        Trim(text, ref start, ref end);
        const string prefix = "Method";
        if (end - start <= prefix.Length || string.Compare(text, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
        var length = end - start - prefix.Length;
        foreach (var candidate in Methods)
        {
            if (candidate.Length == length && string.Compare(text, start + prefix.Length, candidate, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                method = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>"Path/v1/things" → "/v1/things".</summary>
    public static bool TryReadPath(string text, int start, int end, out string path)
    {
        path = "";
        Trim(text, ref start, ref end);
        if (end - start < 5 || string.CompareOrdinal(text, start, "Path/", 0, 5) != 0) return false;
        path = text.Substring(start + 4, end - start - 4);
        return true;
    }

    /// <summary>Whether the trimmed line text[start..end) is a section heading (English ones in any case); no copies.</summary>
    public static bool TryReadHeading(string text, int start, int end, out PageSection section)
    {
        foreach (var (heading, headingSection) in Headings)
        {
            if (end - start == heading.Length && string.Compare(text, start, heading, 0, heading.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                section = headingSection;
                return true;
            }
        }
        section = default;
        return false;
    }

    private static readonly (string Heading, PageSection Section)[] Headings =
    {
        ("参数", PageSection.Parameters), ("parameters", PageSection.Parameters),
        ("请求体", PageSection.RequestBody), ("request body", PageSection.RequestBody),
        ("响应", PageSection.Responses), ("responses", PageSection.Responses),
        ("响应示例", PageSection.ResponseExamples), ("response examples", PageSection.ResponseExamples),
    };

    /// <summary>Trims whitespace and a byte order mark.</summary>
    public static void Trim(string text, ref int start, ref int end)
    {
        while (start < end && IsBlank(text[start])) start++;
        while (end > start && IsBlank(text[end - 1])) end--;
    }

    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
}
