using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Contracts.Tests.TestData;

namespace Contracts.Tests.Conformance;

/// <summary>One instance of the JSON Schema Test Suite and the suite's verdict on it.</summary>
public sealed record SuiteCase(string Description, JsonNode? Data, bool Valid);

/// <summary>One schema of a suite file with its instances.</summary>
public sealed record SuiteGroup(string Description, JsonNode? Schema, IReadOnlyList<SuiteCase> Cases);

/// <summary>
/// Reads the JSON Schema Test Suite at test time (it is never committed): found by <see cref="TestDataFolders"/>, and the
/// tests that need it are <see cref="TestDataTheoryAttribute"/>s, skipped with a reason when it is missing.
/// </summary>
public static class SuiteFiles
{
    public static string Root => Path.Combine(TestDataFolders.Require(TestDataSet.JsonSchemaSuite), "tests");

    public static IReadOnlyList<SuiteGroup> Load(string draft, string keyword)
    {
        var path = Path.Combine(Root, draft, keyword + ".json");
        var groups = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        return groups.Select(group => new SuiteGroup(
            (string)group!["description"]!,
            group["schema"],
            group["tests"]!.AsArray().Select(test => new SuiteCase((string)test!["description"]!, test["data"], (bool)test["valid"]!)).ToList())).ToList();
    }
}
