using System.Collections.Generic;
using System.Linq;
using Contracts.Tool.Diff.Engine;
using Contracts.Tool.Diff.Policy;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Outputs;

/// <summary>What every output format writes: the two sides as named, and the outcome after ignores and overrides.</summary>
internal sealed record DiffReport(string Before, string After, DiffOutcome Outcome)
{
    /// <summary>Findings grouped by file and operation, groups in order of first appearance.</summary>
    public IEnumerable<IGrouping<(string Document, string Operation), Finding>> ByOperation()
        => Outcome.Findings.GroupBy(f => (f.Document, f.Operation));

    public bool ManyDocuments => Outcome.Findings.Select(f => f.Document).Distinct().Skip(1).Any();

    /// <summary>"1 breaking, 2 warnings, 3 info", with the ignored count when there is one.</summary>
    public string Summary
    {
        get
        {
            var warnings = Outcome.Count(RuleLevel.Warning);
            var text = $"{Outcome.Count(RuleLevel.Breaking)} breaking, {warnings} {(warnings == 1 ? "warning" : "warnings")}, {Outcome.Count(RuleLevel.Info)} info";
            return Outcome.Ignored > 0 ? $"{text} ({Outcome.Ignored} ignored)" : text;
        }
    }
}
