using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Contracts.Tests.Reading.Yaml;

/// <summary>
/// The YAML Test Suite through the generator's YAML reader: every case with a JSON expectation must read as that JSON,
/// every invalid case must be refused with a problem (never an exception), and no case may throw. The cases that do not
/// pass are listed with a reason in <see cref="YamlSuiteKnownFailures"/>; the list must be exact, so it cannot go stale.
/// The README's table of results per suite tag is checked against the run.
/// </summary>
public sealed class YamlTestSuiteTests
{
    private static readonly Lazy<IReadOnlyList<YamlSuiteOutcome>> Outcomes = new(() => YamlSuite.Cases.Select(YamlSuiteRunner.Run).ToList());

    [YamlSuiteFact]
    public void No_case_throws()
    {
        var thrown = Outcomes.Value.Where(o => o.Detail.StartsWith("threw ", StringComparison.Ordinal)).Select(o => $"{o.Case.Id}: {o.Detail}").ToList();
        Assert.True(thrown.Count == 0, string.Join("\n", thrown));
    }

    [YamlSuiteFact]
    public void Every_case_passes_except_the_listed_ones()
    {
        var failed = Outcomes.Value.Where(o => !o.Passed).ToList();
        var unexpected = failed.Where(o => !YamlSuiteKnownFailures.Reasons.ContainsKey(o.Case.Id))
            .Select(o => $"{o.Case.Id} [{o.Expectation}] {o.Case.Name}: {o.Detail}").ToList();
        var nowPassing = YamlSuiteKnownFailures.Reasons.Keys.Except(failed.Select(o => o.Case.Id)).ToList();
        Assert.True(unexpected.Count == 0 && nowPassing.Count == 0,
            $"Failing but not listed ({unexpected.Count}):\n{string.Join("\n", unexpected)}\nListed but passing ({nowPassing.Count}): {string.Join(", ", nowPassing)}");
    }

    [YamlSuiteFact]
    public void The_readme_table_matches_the_run()
    {
        var table = Table(Outcomes.Value);
        var readme = File.ReadAllText(Path.Combine(RepositoryFolder(), "README.md"));
        Assert.True(readme.Contains(table, StringComparison.Ordinal), "README.md should hold this table:\n" + table);
    }

    /// <summary>Counts per suite tag, over the cases with something to check (a JSON value, several documents, an error).</summary>
    public static string Table(IReadOnlyList<YamlSuiteOutcome> outcomes)
    {
        var judged = outcomes.Where(o => o.Expectation != "none").ToList();
        var lines = new List<string> { "| suite tag | cases | passed | failed |", "|---|---|---|---|" };
        foreach (var tag in judged.SelectMany(o => o.Case.Tags).Distinct().OrderBy(t => t, StringComparer.Ordinal))
        {
            var withTag = judged.Where(o => o.Case.Tags.Contains(tag)).ToList();
            lines.Add($"| {tag} | {withTag.Count} | {withTag.Count(o => o.Passed)} | {withTag.Count(o => !o.Passed)} |");
        }
        foreach (var (expectation, label) in new[] { ("json", "one document, compared with the suite's JSON"), ("documents", "several documents (refused by design, CTR1021)"), ("error", "invalid YAML (must be refused)") })
        {
            var group = judged.Where(o => o.Expectation == expectation).ToList();
            lines.Add($"| **{label}** | {group.Count} | {group.Count(o => o.Passed)} | {group.Count(o => !o.Passed)} |");
        }
        lines.Add($"| **all** | {judged.Count} | {judged.Count(o => o.Passed)} | {judged.Count(o => !o.Passed)} |");
        return string.Join("\n", lines) + "\n";
    }

    private static string RepositoryFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException("No Contracts.sln above the test binaries.");
    }
}
