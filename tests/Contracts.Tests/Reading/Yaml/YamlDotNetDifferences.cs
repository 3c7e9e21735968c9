using System.Collections.Generic;

namespace Contracts.Tests.Reading.Yaml;

/// <summary>YAML Test Suite inputs where YamlDotNet (16.3) and the generator's reader disagree, with who is right and why.</summary>
public static class YamlDotNetDifferences
{
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>
    {
        ["JEF9/02"] = "YamlDotNet drops a last line of spaces that has no line break; the suite's JSON (\"\\n\") agrees with the generator.",
        ["L24T/01"] = "YamlDotNet drops a last line of spaces that has no line break; the suite's JSON (\"x\\n \\n\") agrees with the generator.",
    };
}
