using Xunit;

namespace Contracts.Tests.Reading.Yaml;

/// <summary>A test over the YAML Test Suite, skipped with a reason when the suite is not beside the repository.</summary>
public sealed class YamlSuiteFactAttribute : FactAttribute
{
    public YamlSuiteFactAttribute() => Skip = YamlSuite.SkipReason;
}
