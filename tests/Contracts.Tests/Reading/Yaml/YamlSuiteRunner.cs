using System;
using System.Collections.Generic;
using Contracts.Generator.Reading.Json;
using Contracts.Generator.Reading.Yaml;

namespace Contracts.Tests.Reading.Yaml;

/// <summary>What the reader did with one suite case.</summary>
/// <param name="Expectation">"json" (one document to compare), "documents" (several: must be refused), "error" (must be refused), or "none" (no JSON form: must only not throw).</param>
public sealed record YamlSuiteOutcome(YamlSuiteCase Case, string Expectation, bool Passed, string Detail);

/// <summary>Runs suite cases through the generator's YAML reader and judges the result against the suite.</summary>
public static class YamlSuiteRunner
{
    public static YamlSuiteOutcome Run(YamlSuiteCase suiteCase)
    {
        YamlParseResult result;
        try
        {
            result = YamlParser.Parse(suiteCase.Yaml);
        }
        catch (Exception exception)
        {
            return new YamlSuiteOutcome(suiteCase, Expectation(suiteCase), false, "threw " + exception.GetType().Name + ": " + exception.Message);
        }
        var problem = result.Root is null ? $"{result.ProblemKind} at {result.ProblemSpan.StartLine + 1}:{result.ProblemSpan.StartColumn + 1}: {result.Problem}" : "";
        switch (Expectation(suiteCase))
        {
            case "error":
                return new YamlSuiteOutcome(suiteCase, "error", result.Root is null, result.Root is null ? problem : "accepted: " + TreeJson.Of(result.Root));
            case "none":
                return new YamlSuiteOutcome(suiteCase, "none", true, problem);
            case "documents":
                var refused = result.Root is null && result.ProblemKind == YamlProblemKind.NotJson;
                return new YamlSuiteOutcome(suiteCase, "documents", refused, refused ? problem : result.Root is null ? problem : "accepted several documents");
            default:
                var values = TreeJson.Values(suiteCase.Json!);
                var expected = TreeJson.Sorted(values.Count == 0 ? "null" : values[0]);
                if (result.Root is null) return new YamlSuiteOutcome(suiteCase, "json", false, problem);
                var actual = TreeJson.SortedOf(result.Root);
                return new YamlSuiteOutcome(suiteCase, "json", actual == expected, actual == expected ? "" : $"expected {expected}, read {actual}");
        }
    }

    private static string Expectation(YamlSuiteCase suiteCase)
    {
        if (suiteCase.Fail) return "error";
        if (suiteCase.Json is null) return "none";
        return TreeJson.Values(suiteCase.Json).Count > 1 ? "documents" : "json";
    }
}
