using System;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>
/// Recognises Apifox's Markdown export: YAML front matter ("---" first) whose "generator" line names widdershins
/// (Apifox writes "@tarslib/widdershins v4.0.x").
/// </summary>
internal static class WiddershinsSniffer
{
    private const int LinesToScan = 60;

    public static bool IsWiddershins(string text) => FrontMatterEnd(text) is { } end && GeneratorLine(text, end) >= 0;

    /// <summary>True when the text opens with front matter at all (whatever its generator).</summary>
    public static bool HasFrontMatter(string text) => FrontMatterEnd(text) is not null;

    /// <summary>The zero-based line of the closing "---" of leading front matter, or null.</summary>
    public static int? FrontMatterEnd(string text)
    {
        var lines = new TextLines(text.Length > 0 && text[0] == '\uFEFF' ? " " + text.Substring(1) : text);
        if (lines.Count < 2 || lines.Get(0).Trim() != "---") return null;
        for (var line = 1; line < lines.Count && line < LinesToScan; line++)
        {
            if (lines.Get(line).Trim() == "---") return line;
        }
        return null;
    }

    private static int GeneratorLine(string text, int frontMatterEnd)
    {
        var lines = new TextLines(text);
        for (var line = 1; line < frontMatterEnd; line++)
        {
            var content = lines.Get(line).Trim();
            if (content.StartsWith("generator:", StringComparison.Ordinal) && content.IndexOf("widdershins", StringComparison.OrdinalIgnoreCase) >= 0) return line;
        }
        return -1;
    }
}
