using Xunit;

namespace Contracts.Tests.TestData;

/// <summary>A fact that needs third-party test data; skipped with a reason naming the fetch script when the data is missing.</summary>
public sealed class TestDataFactAttribute : FactAttribute
{
    public TestDataFactAttribute(string relativePath) => Skip = TestDataFolders.SkipReason(TestDataSets.ByPath(relativePath));
}
