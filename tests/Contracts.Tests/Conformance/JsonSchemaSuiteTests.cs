using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Contracts.Tests.Conformance;

/// <summary>
/// The JSON Schema Test Suite against the generated validation, one suite file per test (all its schemas in one
/// compilation). A case passes when deserialise + Validate() (a JsonException counts as invalid) agrees with the suite.
/// A disagreement is allowed only where the generator reported the schema as not fully enforced (CTR2001, CTR2005,
/// CTR2006, CTR2007) or where <see cref="KnownDeviations"/> lists it with its reason.
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

    [Theory]
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
                var listed = KnownDeviations.All.FirstOrDefault(d => d.Covers(draft, keyword, group.Group.Description, outcome.Case.Description));
                if (outcome.Verdict.Detail.StartsWith("crash:", StringComparison.Ordinal))
                    problems.Add($"CRASH  {group.Group.Description} / {outcome.Case.Description}: {outcome.Verdict}");
                else if (!outcome.Agrees && !reported && listed is null)
                    problems.Add($"WRONG  {group.Group.Description} / {outcome.Case.Description}: suite says {(outcome.Case.Valid ? "valid" : "invalid")}, generated code says {outcome.Verdict}");
                else if (outcome.Agrees && listed is not null)
                    problems.Add($"STALE  {group.Group.Description} / {outcome.Case.Description}: listed as a deviation ({listed.Reason}) but now agrees");
            }
        }
        WriteReportLine(draft, keyword, outcomes);
        Assert.True(problems.Count == 0, $"{draft}/{keyword}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_listed_deviation_names_a_real_suite_case()
    {
        foreach (var deviation in KnownDeviations.All)
        {
            var keyword = deviation.File.Substring(deviation.File.IndexOf('/') + 1);
            var drafts = deviation.File.StartsWith("*/", StringComparison.Ordinal) ? new[] { "draft4", "draft2020-12" } : new[] { deviation.File.Split('/')[0] };
            foreach (var draft in drafts)
            {
                Assert.Contains((draft, keyword), SupportedKeywords.Files);
                var group = Assert.Single(SuiteFiles.Load(draft, keyword), g => g.Description == deviation.Group);
                foreach (var @case in deviation.Cases) Assert.Contains(group.Cases, c => c.Description == @case);
            }
        }
    }

    private static void WriteReportLine(string draft, string keyword, IReadOnlyList<GroupOutcome> outcomes)
    {
        if (Environment.GetEnvironmentVariable("CONTRACTS_CONFORMANCE_REPORT") is not { Length: > 0 } folder) return;
        var cases = outcomes.Sum(g => g.Cases.Count);
        var passed = outcomes.Sum(g => g.Cases.Count(c => c.Agrees));
        var reported = outcomes.Where(g => g.NotEnforced.Count > 0).Sum(g => g.Cases.Count(c => !c.Agrees));
        var deviations = outcomes.Where(g => g.NotEnforced.Count == 0).Sum(g => g.Cases.Count(c => !c.Agrees));
        var ids = string.Join(" ", outcomes.SelectMany(g => g.NotEnforced).Select(n => n.Substring(0, 7)).Distinct().OrderBy(i => i, StringComparer.Ordinal));
        var why = string.Join(" ", KnownDeviations.All.Where(d => d.File == "*/" + keyword || d.File == draft + "/" + keyword).Select(d => d.Reason.ToString()).Distinct());
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, draft + "-" + keyword + ".md"),
            $"| {keyword} | {draft} | {cases} | {passed} | {reported} {ids} | {deviations} {why} |\n");
        File.WriteAllText(Path.Combine(folder, draft + "-" + keyword + ".reported.md"), string.Concat(outcomes.Where(g => g.NotEnforced.Count > 0)
            .Select(g => $"- {draft}/{keyword} \"{g.Group.Description}\" ({g.Cases.Count(c => !c.Agrees)} of {g.Cases.Count} wrong): {string.Join("; ", g.NotEnforced.Distinct())}\n")));
    }
}
