using System.Linq;
using Contracts.Tool.Diff.Rules;
using Xunit;

namespace Contracts.Tests.Diff;

/// <summary>Every rule fires, alone, on its before/after pair; and no pair compares with itself as changed.</summary>
public sealed class RuleCaseTests
{
    [Theory]
    [MemberData(nameof(RuleCases.RuleIds), MemberType = typeof(RuleCases))]
    public void Each_rule_fires_alone_on_its_before_after_pair(string ruleId)
    {
        Assert.True(RuleCases.ById.TryGetValue(ruleId, out var ruleCase), $"No before/after pair for {ruleId} in RuleCases.");

        var findings = TestApi.Compare(ruleCase!.Before, ruleCase.After);

        var finding = Assert.Single(findings, f => f.Rule.Id == ruleId);
        Assert.True(findings.Count == 1, "Other findings too:\n" + TestApi.Describe(findings));
        Assert.Equal(ruleCase.Pointer, finding.Pointer);
        Assert.Equal(RuleCatalogue.Get(ruleId).Level, finding.Level);
        Assert.NotNull(finding.Location);
    }

    [Theory]
    [MemberData(nameof(RuleCases.RuleIds), MemberType = typeof(RuleCases))]
    public void Each_side_of_each_pair_is_unchanged_against_itself(string ruleId)
    {
        var ruleCase = RuleCases.ById[ruleId];

        Assert.Empty(TestApi.Compare(ruleCase.Before, ruleCase.Before));
        Assert.Empty(TestApi.Compare(ruleCase.After, ruleCase.After));
    }

    [Fact]
    public void Every_pair_belongs_to_a_rule_of_the_catalogue()
    {
        var unknown = RuleCases.ById.Keys.Where(id => !RuleCatalogue.TryGet(id, out _)).ToList();

        Assert.Empty(unknown);
    }
}
