using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Contracts.Tests.Reading.Yaml;

/// <summary>One case of the YAML Test Suite: its input and what it must load as.</summary>
/// <param name="Id">The file's ID, with "/NN" for files holding several cases.</param>
/// <param name="Json">The JSON the input loads as (several values for several documents); null when not representable.</param>
/// <param name="Fail">True when the input must be rejected.</param>
public sealed record YamlSuiteCase(string Id, string Name, IReadOnlyList<string> Tags, string Yaml, string? Json, bool Fail);

/// <summary>
/// Reads the YAML Test Suite's source files (conformance/yaml-test-suite/src of the test data, never committed)
/// with YamlDotNet: its own format is YAML. Later cases of a file inherit what they do not set, as upstream does.
/// </summary>
public static class YamlSuite
{
    /// <summary>The suite's src folder, or null when it is not there (found by <see cref="TestData.TestDataFolders"/>).</summary>
    public static string? Folder { get; } = TestData.TestDataFolders.Find(TestData.TestDataSet.YamlSuite) is { } root ? Path.Combine(root, "src") : null;

    public static string? SkipReason => TestData.TestDataFolders.SkipReason(TestData.TestDataSet.YamlSuite);

    private static readonly Lazy<IReadOnlyList<YamlSuiteCase>> LazyCases = new(Load);

    public static IReadOnlyList<YamlSuiteCase> Cases => LazyCases.Value;

    private static IReadOnlyList<YamlSuiteCase> Load()
    {
        var cases = new List<YamlSuiteCase>();
        foreach (var file in Directory.GetFiles(Folder ?? Path.Combine(TestData.TestDataFolders.Require(TestData.TestDataSet.YamlSuite), "src"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            var entries = ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>().ToList();
            string name = "", yaml = "";
            string? json = null;
            IReadOnlyList<string> tags = Array.Empty<string>();
            var id = Path.GetFileNameWithoutExtension(file);
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (Get(entry, "skip") == "true") continue;
                name = Get(entry, "name") ?? name;
                tags = Get(entry, "tags") is { } t ? t.Split(' ', StringSplitOptions.RemoveEmptyEntries) : tags;
                yaml = Get(entry, "yaml") is { } y ? Unescape(y) : yaml;
                // "json: null" (plain) says the case has no JSON form; a JSON null is written "json: |" then "null".
                json = entry.Children.TryGetValue(new YamlScalarNode("json"), out var given) && given is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "null" }
                    ? null
                    : Get(entry, "json") ?? (i == 0 ? null : json);
                var fail = Get(entry, "fail") == "true";
                cases.Add(new YamlSuiteCase(entries.Count == 1 ? id : $"{id}/{i:D2}", name, tags, yaml, fail ? null : json, fail));
            }
        }
        return cases;
    }

    private static string? Get(YamlMappingNode entry, string key)
        => entry.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>Undoes the suite's visible-character escapes (see its README).</summary>
    public static string Unescape(string text)
    {
        text = text.Replace('␣', ' ');
        text = Regex.Replace(text, "—*»", "\t");
        text = text.Replace('←', '\r').Replace('⇔', '\uFEFF').Replace("↵", "");
        if (text.EndsWith("∎\n", StringComparison.Ordinal)) text = text.Substring(0, text.Length - 2);
        return text;
    }

}
