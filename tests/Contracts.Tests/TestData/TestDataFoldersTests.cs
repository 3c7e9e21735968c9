using System;
using System.IO;
using Contracts.Tests.Tool;
using Xunit;

namespace Contracts.Tests.TestData;

/// <summary>Where third-party data is looked for, in which order, and what a skipped test says.</summary>
public sealed class TestDataFoldersTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_variable_comes_first_then_tests_data_then_shared_beside_the_repository()
    {
        var repository = _temp.Combine("work", "repo");
        var variable = _temp.Combine("elsewhere");
        var roots = TestDataFolders.Roots(variable, repository);

        Assert.Equal(new[] { variable, Path.Combine(repository, "tests", "data"), _temp.Combine("work", "shared") }, roots);
        Assert.Equal(new[] { Path.Combine(repository, "tests", "data"), _temp.Combine("work", "shared") }, TestDataFolders.Roots(null, repository));
        Assert.Equal(new[] { Path.Combine(repository, "tests", "data"), _temp.Combine("work", "shared") }, TestDataFolders.Roots("", repository));
    }

    [Fact]
    public void The_first_root_holding_the_set_wins_and_each_set_is_looked_up_alone()
    {
        var first = _temp.Combine("first");
        var second = _temp.Combine("second");
        Directory.CreateDirectory(Path.Combine(second, "corpus"));
        Directory.CreateDirectory(Path.Combine(second, "conformance", "JSON-Schema-Test-Suite"));
        Directory.CreateDirectory(Path.Combine(first, "corpus"));
        var roots = new[] { first, second };

        Assert.Equal(Path.Combine(first, "corpus"), TestDataFolders.Find(TestDataSet.Corpus, roots));
        Assert.Equal(Path.Combine(second, "conformance", "JSON-Schema-Test-Suite"), TestDataFolders.Find(TestDataSet.JsonSchemaSuite, roots));
        Assert.Null(TestDataFolders.Find(TestDataSet.YamlSuite, roots));
    }

    [Fact]
    public void Missing_data_is_a_skip_that_names_the_script_and_the_places_unless_it_is_required()
    {
        var roots = new[] { _temp.Combine("nothing-here") };

        var reason = TestDataFolders.SkipReason(TestDataSet.JsonSchemaSuite, roots, required: false);

        Assert.NotNull(reason);
        Assert.Contains("bash tests/fetch-test-data.sh", reason);
        Assert.Contains(_temp.Combine("nothing-here"), reason);
        Assert.Contains("CONTRACTS_TEST_DATA", reason);
        Assert.Null(TestDataFolders.SkipReason(TestDataSet.JsonSchemaSuite, roots, required: true));
        Directory.CreateDirectory(_temp.Combine("nothing-here", "conformance", "JSON-Schema-Test-Suite"));
        Assert.Null(TestDataFolders.SkipReason(TestDataSet.JsonSchemaSuite, roots, required: false));
    }

    [Fact]
    public void Attributes_name_sets_by_path_and_an_unknown_path_is_refused()
    {
        Assert.Equal(TestDataFolders.SkipReason(TestDataSet.Corpus), new TestDataFactAttribute(TestDataSets.CorpusPath).Skip);
        Assert.Equal(TestDataFolders.SkipReason(TestDataSet.YamlSuite), new TestDataTheoryAttribute(TestDataSets.YamlSuitePath).Skip);
        Assert.Throws<ArgumentException>(() => TestDataSets.ByPath("corpus/"));
    }

    [Fact]
    public void The_fetch_script_lists_every_set_and_tests_data_is_ignored_by_git()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryFiles.Root, TestDataFolders.FetchScript));
        foreach (var set in TestDataSets.All) Assert.Contains(set.RelativePath, script);
        Assert.Contains("tests/data/", File.ReadAllText(Path.Combine(RepositoryFiles.Root, ".gitignore")));
    }
}
