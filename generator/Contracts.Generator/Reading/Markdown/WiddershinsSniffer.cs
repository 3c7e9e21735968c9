using System;
using System.Collections.Generic;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>
/// Recognises Apifox's Markdown export cheaply (only its first lines are looked at): YAML front matter ("---" first)
/// whose "generator" line names widdershins (Apifox writes "@tarslib/widdershins v4.0.x").
/// </summary>
internal static class WiddershinsSniffer
{
    private const int LinesToScan = 60;

    public static bool IsWiddershins(string text)
    {
        if (!StartsWithRule(text)) return false;
        var lines = FirstLines(text);
        var end = FrontMatterEnd(lines);
        if (end is null) return false;
        for (var line = 1; line < end; line++)
        {
            var content = lines[line].Trim();
            if (content.StartsWith("generator:", StringComparison.Ordinal) && content.IndexOf("widdershins", StringComparison.OrdinalIgnoreCase) >= 0) return true;
        }
        return false;
    }

    /// <summary>The zero-based line of the closing "---" of leading front matter, or null.</summary>
    public static int? FrontMatterEnd(string text) => StartsWithRule(text) ? FrontMatterEnd(FirstLines(text)) : null;

    // Most files are not Markdown: a JSON file is turned away by its first character, before any line is cut.
    private static bool StartsWithRule(string text)
    {
        var at = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        return string.CompareOrdinal(text, at, "---", 0, 3) == 0;
    }

    private static int? FrontMatterEnd(List<string> lines)
    {
        if (lines.Count < 2 || lines[0].Trim().TrimStart('\uFEFF') != "---") return null;
        for (var line = 1; line < lines.Count; line++)
        {
            if (lines[line].Trim() == "---") return line;
        }
        return null;
    }

    /// <summary>Up to <see cref="LinesToScan"/> lines; "\r\n", "\n" and a lone "\r" end a line, as in <see cref="TextLines"/>.</summary>
    private static List<string> FirstLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length && lines.Count < LinesToScan; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            lines.Add(text.Substring(start, i - start));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        return lines;
    }
}
