using System.Collections.Generic;
using System.Linq;
using Contracts.Tool.Diff.Engine;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Policy;

/// <summary>The findings left after the ignore list and level overrides, how many were ignored, and whether the run fails.</summary>
internal sealed record DiffOutcome(IReadOnlyList<Finding> Findings, int Ignored, FailOn FailOn)
{
    public static DiffOutcome Apply(IEnumerable<Finding> findings, LevelOverrides levels, IgnoreList ignore, FailOn failOn)
    {
        var kept = new List<Finding>();
        var ignored = 0;
        foreach (var finding in findings)
        {
            if (ignore.Silences(finding))
            {
                ignored++;
                continue;
            }
            var level = levels.LevelOf(finding.Rule);
            kept.Add(level == finding.Level ? finding : finding with { Level = level });
        }
        return new DiffOutcome(kept, ignored, failOn);
    }

    public int Count(RuleLevel level) => Findings.Count(f => f.Level == level);

    public bool Fails => FailOn switch
    {
        FailOn.Breaking => Findings.Any(f => f.Level >= RuleLevel.Breaking),
        FailOn.Warning => Findings.Any(f => f.Level >= RuleLevel.Warning),
        _ => false,
    };
}
