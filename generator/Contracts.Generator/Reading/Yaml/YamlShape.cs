using System;
using System.Globalization;
using System.Linq;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Yaml;

/// <summary>
/// What a file no reader recognised looks like as YAML, for the message that names an explicitly listed file's shape
/// (issue 15, item 4): a mapping with its first top-level keys, or YAML that does not parse. Only a .yaml/.yml file, or one
/// that starts as a YAML stream ("---", "%YAML"), is described: prose with a colon is a YAML mapping too. Null otherwise.
/// </summary>
internal static class YamlShape
{
    private const int KeysNamed = 5;

    public static string? Describe(string filePath, string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
        var first = text.TrimStart();
        var looksLikeYaml = HasYamlExtension(filePath) || first.StartsWith("---", StringComparison.Ordinal) || first.StartsWith("%YAML", StringComparison.Ordinal);
        if (!looksLikeYaml || first.Length == 0 || first[0] is '{' or '[') return null;
        var parsed = YamlParser.Parse(text);
        switch (parsed.Root)
        {
            case JsonObjectNode { Members.Count: > 0 } mapping:
                var keys = mapping.Members.Take(KeysNamed).Select(m => "'" + m.Name + "'");
                return "a YAML mapping with top-level keys " + string.Join(", ", keys) + (mapping.Members.Count > KeysNamed ? ", …" : "");
            case JsonArrayNode sequence:
                return string.Format(CultureInfo.InvariantCulture, "a YAML sequence of {0} items", sequence.Items.Count);
            case null:
                return string.Format(CultureInfo.InvariantCulture, "YAML that does not parse (line {0}: {1})", parsed.ProblemSpan.StartLine + 1, parsed.Problem);
            default:
                return null;
        }
    }

    private static bool HasYamlExtension(string filePath)
        => filePath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || filePath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
