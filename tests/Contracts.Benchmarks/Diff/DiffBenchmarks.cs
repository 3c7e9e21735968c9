using System;
using System.Text.Json.Nodes;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Tests.Scale;
using Contracts.Tool.Diff.Engine;

namespace Contracts.Benchmarks.Diff;

/// <summary>
/// `contracts diff` on two 1,000-operation, 3,000-schema exports that differ a little (an operation removed, a required
/// parameter added, a shared schema's limit lowered): the comparison alone, and reading both sides plus the comparison.
/// </summary>
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private string _before = null!;
    private string _after = null!;
    private ApiDocument _beforeDocument = null!;
    private ApiDocument _afterDocument = null!;

    [GlobalSetup]
    public void Setup()
    {
        _before = SyntheticExport.OpenApi(operations: 1000, schemas: 3000);
        _after = Edit(_before);
        _beforeDocument = Read("old.json", _before);
        _afterDocument = Read("new.json", _after);
        // A comparison that finds nothing would make a fast, meaningless number.
        if (ApiDiff.Compare("large.json", _beforeDocument, _afterDocument).Count == 0) throw new InvalidOperationException("The edits were not found.");
    }

    [Benchmark(Baseline = true)]
    public int Compare() => ApiDiff.Compare("large.json", _beforeDocument, _afterDocument).Count;

    [Benchmark]
    public int ReadBothAndCompare() => ApiDiff.Compare("large.json", Read("old.json", _before), Read("new.json", _after)).Count;

    private static ApiDocument Read(string path, string text)
        => ApiDocumentReader.Read(path, text, CancellationToken.None) ?? throw new InvalidOperationException(path + " was not read.");

    /// <summary>The same edits as the scale test's (tests/Contracts.Tests/Diff/SyntheticEdits.cs).</summary>
    private static string Edit(string export)
    {
        var root = JsonNode.Parse(export)!;
        root["paths"]!["/api/v1/resources0/{id}"]!.AsObject().Remove("delete");
        root["paths"]!["/api/v1/resources1/{id}"]!["get"]!["parameters"]!.AsArray()
            .Add(JsonNode.Parse("""{"name": "tenant", "in": "query", "required": true, "schema": {"type": "string"}}"""));
        root["components"]!["schemas"]!["Model5"]!["properties"]!["name"]!["maxLength"] = 100;
        return root.ToJsonString();
    }
}
