using System.Collections.Generic;

namespace Contracts.Tests.Reading.Yaml;

/// <summary>Suite cases the reader does not pass, each with the reason; <see cref="YamlTestSuiteTests"/> keeps the list exact.</summary>
public static class YamlSuiteKnownFailures
{
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>
    {
    };
}
