namespace Contracts.Tests.TestData;

/// <summary>
/// A folder of third-party test data that the repository never holds (licences and size), by its place under a data root:
/// the same layout in <c>$CONTRACTS_TEST_DATA</c>, in <c>tests/data/</c> and in <c>../shared/</c>.
/// </summary>
public sealed record TestDataSet(string RelativePath, string Description)
{
    /// <summary>Real Apifox, OpenAPI, Swagger and Markdown files from public repositories (their list: the fetch script).</summary>
    public static readonly TestDataSet Corpus = new(TestDataSets.CorpusPath, "The corpus of real API files");

    /// <summary>The JSON Schema Test Suite (draft4 and draft2020-12).</summary>
    public static readonly TestDataSet JsonSchemaSuite = new(TestDataSets.JsonSchemaSuitePath, "The JSON Schema Test Suite");

    /// <summary>The YAML Test Suite's source definitions.</summary>
    public static readonly TestDataSet YamlSuite = new(TestDataSets.YamlSuitePath, "The YAML Test Suite");
}
