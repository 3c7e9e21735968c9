using System.Linq;
using System.Text;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tests.Diff;

/// <summary>The README's rules table, printed from the catalogue so the two cannot drift apart.</summary>
internal static class RulesCatalogueTable
{
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("| ID | level | direction | kind | action | example (before → after) | for callers |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalogue.All)
        {
            text.Append("| `").Append(rule.Id).Append("` | ")
                .Append(rule.Level.ToString().ToLowerInvariant()).Append(" | ")
                .Append(rule.Direction == RuleDirection.Operation ? "—" : rule.Direction.ToString().ToLowerInvariant()).Append(" | ")
                .Append(rule.Kind.ToString().ToLowerInvariant()).Append(" | ")
                .Append(rule.Action.ToString().ToLowerInvariant()).Append(" | ")
                .Append(Code(rule.Example.Before)).Append(" → ").Append(Code(rule.Example.After)).Append(" | ")
                .Append(rule.Explanation.Replace("|", "\\|")).Append(" |\n");
        }
        var counts = RuleCatalogue.All.GroupBy(r => r.Level).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
        text.Append('\n').Append(RuleCatalogue.All.Count).Append(" rules: ").Append(string.Join(", ", counts)).Append(".\n");
        return text.ToString();
    }

    private static string Code(string example) => example.StartsWith('(') ? example : "`" + example.Replace("|", "\\|") + "`";
}
