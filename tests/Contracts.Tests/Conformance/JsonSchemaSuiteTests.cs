using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Contracts.Tests.TestData;
using Xunit;

namespace Contracts.Tests.Conformance;

/// <summary>
/// The JSON Schema Test Suite against the generated validation, one suite file per test (all its schemas in one
/// compilation). A case passes when deserialise + Validate() (a JsonException counts as invalid) agrees with the suite.
/// A disagreement is allowed only where the generator reported the schema as not enforced as written
/// (<see cref="SuiteRunner.NotEnforcedIds"/>): there is no list of tolerated cases, so nothing departs from the suite silently.
/// Set CONTRACTS_CONFORMANCE_REPORT to a folder to get each file's counts as a line of the README table.
/// </summary>
public sealed class JsonSchemaSuiteTests
{
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var (draft, keyword) in SupportedKeywords.Files) data.Add(draft, keyword);
        return data;
    }

    [TestDataTheory(TestDataSets.JsonSchemaSuitePath)]
    [MemberData(nameof(Files))]
    public void Generated_validation_agrees_with_the_suite(string draft, string keyword)
    {
        var outcomes = SuiteRunner.Run(draft, keyword);

        var problems = new List<string>();
        foreach (var group in outcomes)
        {
            var reported = group.NotEnforced.Count > 0;
            foreach (var outcome in group.Cases)
            {
                if (outcome.Verdict.Detail.StartsWith("crash:", StringComparison.Ordinal))
                    problems.Add($"CRASH  {group.Group.Description} / {outcome.Case.Description}: {outcome.Verdict}");
                else if (!outcome.Agrees && !reported)
                    problems.Add($"WRONG  {group.Group.Description} / {outcome.Case.Description}: suite says {(outcome.Case.Valid ? "valid" : "invalid")}, generated code says {outcome.Verdict}");
            }
        }
        WriteReportLine(draft, keyword, outcomes);
        Assert.True(problems.Count == 0, $"{draft}/{keyword}:\n" + string.Join("\n", problems));
    }

    private static void WriteReportLine(string draft, string keyword, IReadOnlyList<GroupOutcome> outcomes)
    {
        if (Environment.GetEnvironmentVariable("CONTRACTS_CONFORMANCE_REPORT") is not { Length: > 0 } folder) return;
        var cases = outcomes.Sum(g => g.Cases.Count);
        var passed = outcomes.Sum(g => g.Cases.Count(c => c.Agrees));
        // The IDs behind the failures only: a schema reported for something its cases do not test explains nothing here.
        var ids = string.Join(", ", outcomes.Where(g => g.Cases.Any(c => !c.Agrees)).SelectMany(g => g.NotEnforced).Select(n => n.Substring(0, 7)).Distinct().OrderBy(i => i, StringComparer.Ordinal));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, draft + "-" + keyword + ".md"), $"| {keyword} | {draft} | {cases} | {passed} | {ids} |\n");
        File.WriteAllText(Path.Combine(folder, draft + "-" + keyword + ".reported.md"), string.Concat(outcomes.Where(g => g.NotEnforced.Count > 0)
            .Select(g => $"- {draft}/{keyword} \"{g.Group.Description}\" ({g.Cases.Count(c => !c.Agrees)} of {g.Cases.Count} wrong): {string.Join("; ", g.NotEnforced.Distinct())}\n")));
    }
}
