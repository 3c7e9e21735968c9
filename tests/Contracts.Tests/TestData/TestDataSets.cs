using System;
using System.Collections.Generic;
using System.Linq;

namespace Contracts.Tests.TestData;

/// <summary>Every data set the tests use; attributes name a set by its path because attribute arguments must be constants.</summary>
public static class TestDataSets
{
    public const string CorpusPath = "corpus";
    public const string JsonSchemaSuitePath = "conformance/JSON-Schema-Test-Suite";
    public const string YamlSuitePath = "conformance/yaml-test-suite";

    public static IReadOnlyList<TestDataSet> All { get; } = new[] { TestDataSet.Corpus, TestDataSet.JsonSchemaSuite, TestDataSet.YamlSuite };

    public static TestDataSet ByPath(string relativePath)
        => All.FirstOrDefault(set => set.RelativePath == relativePath)
           ?? throw new ArgumentException($"No test data set is at '{relativePath}'; known: {string.Join(", ", All.Select(s => s.RelativePath))}.", nameof(relativePath));
}
