using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace Contracts.Tests.Conformance;

/// <summary>One instance of the JSON Schema Test Suite and the suite's verdict on it.</summary>
public sealed record SuiteCase(string Description, JsonNode? Data, bool Valid);

/// <summary>One schema of a suite file with its instances.</summary>
public sealed record SuiteGroup(string Description, JsonNode? Schema, IReadOnlyList<SuiteCase> Cases);

/// <summary>
/// Reads the JSON Schema Test Suite from shared/ at test time (it is never copied into the repository). CI clones the
/// repository with shared/ beside it; here it is an ancestor's sibling, so every ancestor is tried.
/// </summary>
public static class SuiteFiles
{
    private const string SuitePath = "shared/conformance/JSON-Schema-Test-Suite/tests";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static IReadOnlyList<SuiteGroup> Load(string draft, string keyword)
    {
        var path = Path.Combine(Root, draft, keyword + ".json");
        var groups = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        return groups.Select(group => new SuiteGroup(
            (string)group!["description"]!,
            group["schema"],
            group["tests"]!.AsArray().Select(test => new SuiteCase((string)test!["description"]!, test["data"], (bool)test["valid"]!)).ToList())).ToList();
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, SuitePath);
            if (Directory.Exists(candidate)) return candidate;
        }
        Assert.Fail($"The JSON Schema Test Suite ({SuitePath}) is in no ancestor of {AppContext.BaseDirectory}; CI puts shared/ beside the repository.");
        return "";
    }
}
