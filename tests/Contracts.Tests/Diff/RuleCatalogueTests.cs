using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Contracts.Tests.Harness;
using Contracts.Tests.Tool;
using Contracts.Tool.Diff.Rules;
using Xunit;

namespace Contracts.Tests.Diff;

/// <summary>The catalogue's own rules: stable readable IDs, an explanation each, mirrors or a written reason, and the README table.</summary>
public sealed class RuleCatalogueTests
{
    [Fact]
    public void Ids_are_unique_kebab_case_and_start_with_their_direction()
    {
        var kebab = new Regex("^[a-z]+(-[a-z]+)*$");

        Assert.Equal(RuleCatalogue.All.Count, RuleCatalogue.All.Select(r => r.Id).Distinct().Count());
        Assert.All(RuleCatalogue.All, rule =>
        {
            Assert.Matches(kebab, rule.Id);
            Assert.StartsWith(RuleCatalogue.Prefix(rule.Direction) + "-", rule.Id, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Each_typed_rule_is_in_the_table_under_the_name_of_its_id()
    {
        var typed = typeof(RuleCatalogue).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Rule))
            .Select(f => (f.Name, Rule: (Rule)f.GetValue(null)!))
            .ToList();

        Assert.NotEmpty(typed);
        Assert.All(typed, t =>
        {
            Assert.Contains(t.Rule, RuleCatalogue.All);
            Assert.Equal(string.Concat(t.Rule.Id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1))), t.Name);
        });
    }

    [Fact]
    public void Every_value_change_has_its_rules_at_each_place_it_can_be_reported()
    {
        var fields = typeof(ValueChange).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static);
        var changes = fields.Where(f => f.FieldType == typeof(ValueChange)).Select(f => (ValueChange)f.GetValue(null)!)
            .Concat(fields.Where(f => f.FieldType == typeof(ValueChange.BoundChanges)).Select(f => (ValueChange.BoundChanges)f.GetValue(null)!)
                .SelectMany(b => new[] { b.Added, b.Removed, b.Increased, b.Decreased }))
            .ToList();

        Assert.Equal(changes.Count, changes.Select(c => c.Suffix).Distinct().Count());
        Assert.All(changes, change =>
        {
            Assert.Equal(RuleDirection.Request, RuleCatalogue.ValueRule(RuleDirection.Request, "property", change).Direction);
            Assert.Equal(RuleDirection.Response, RuleCatalogue.ValueRule(RuleDirection.Response, "property", change).Direction);
            if (RuleCatalogue.HasParameterRule(change)) Assert.Equal("parameter", RuleCatalogue.ValueRule(RuleDirection.Request, "parameter", change).Subject);
        });
        // Every value rule in the table comes from one of them.
        Assert.All(RuleCatalogue.ValueRows, row => Assert.Contains(row.Change, changes));
        Assert.Equal(7, changes.Count(c => !RuleCatalogue.HasParameterRule(c)));
    }

    [Fact]
    public void Every_rule_explains_itself_in_one_sentence_line_and_has_an_example()
    {
        Assert.All(RuleCatalogue.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Explanation), rule.Id);
            Assert.DoesNotContain('\n', rule.Explanation);
            Assert.EndsWith(".", rule.Explanation, StringComparison.Ordinal);
            Assert.NotEqual(rule.Example.Before, rule.Example.After);
        });
    }

    [Fact]
    public void Every_request_or_response_rule_has_its_other_direction_or_says_why_not()
    {
        var missing = RuleCatalogue.All
            .Where(rule => rule.Direction != RuleDirection.Operation)
            .Where(rule => DirectionMirror(rule) is null && string.IsNullOrWhiteSpace(rule.WhyNoDirectionMirror))
            .Select(rule => rule.Id).ToList();

        Assert.True(missing.Count == 0, "No mirror in the other direction and no reason: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_added_removed_increased_decreased_rule_has_its_opposite_or_says_why_not()
    {
        var missing = RuleCatalogue.All
            .Where(rule => rule.Action != RuleAction.Changed)
            .Where(rule => ActionMirror(rule) is null && string.IsNullOrWhiteSpace(rule.WhyNoActionMirror))
            .Select(rule => rule.Id).ToList();

        Assert.True(missing.Count == 0, "No opposite action and no reason: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_reason_for_a_missing_mirror_is_never_kept_once_the_mirror_exists()
    {
        var stale = RuleCatalogue.All
            .Where(rule => (rule.WhyNoDirectionMirror is not null && DirectionMirror(rule) is not null)
                || (rule.WhyNoActionMirror is not null && ActionMirror(rule) is not null))
            .Select(rule => rule.Id).ToList();

        Assert.Empty(stale);
    }

    [Fact]
    public void The_catalogue_holds_the_rules_the_issue_names()
    {
        foreach (var id in new[]
        {
            "operation-removed", "operation-method-changed", "operation-path-changed",
            "request-parameter-added-required", "request-property-added-required", "request-parameter-became-required",
            "request-property-became-required", "request-property-maximum-decreased", "request-property-minimum-increased",
            "request-property-max-length-decreased", "request-property-pattern-changed", "request-property-enum-value-removed",
            "request-property-type-changed", "response-property-removed-required", "response-property-became-optional",
            "response-property-became-nullable", "response-property-type-changed", "response-property-enum-value-added",
            "response-success-status-removed", "response-media-type-changed", "request-property-default-changed",
            "response-property-description-changed", "request-example-changed", "request-property-order-changed", "operation-added",
        })
        {
            Assert.True(RuleCatalogue.TryGet(id, out _), id);
        }
        Assert.Equal(RuleLevel.Warning, RuleCatalogue.Get("response-property-enum-value-added").Level);
        Assert.Equal(RuleLevel.Warning, RuleCatalogue.Get("request-property-default-changed").Level);
    }

    [Fact]
    public void The_rules_table_is_reviewed_and_printed_in_the_README()
    {
        var table = RulesCatalogueTable.Render();
        Snapshot.Match("Diff/rules-catalogue-table", table);

        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")).Replace("\r\n", "\n");
        Assert.True(readme.Contains(table, StringComparison.Ordinal), "README.md does not print the current rules table (Snapshots/Diff/rules-catalogue-table.verified.txt).");
    }

    private static Rule? DirectionMirror(Rule rule)
    {
        var other = rule.Direction == RuleDirection.Request ? RuleDirection.Response : RuleDirection.Request;
        return RuleCatalogue.All.FirstOrDefault(r => r.Direction == other && r.Subject == rule.Subject && r.Aspect == rule.Aspect && r.Action == rule.Action);
    }

    private static Rule? ActionMirror(Rule rule)
    {
        var opposite = rule.Action switch
        {
            RuleAction.Added => RuleAction.Removed,
            RuleAction.Removed => RuleAction.Added,
            RuleAction.Increased => RuleAction.Decreased,
            _ => RuleAction.Increased,
        };
        return RuleCatalogue.All.FirstOrDefault(r => r.Direction == rule.Direction && r.Subject == rule.Subject && r.Aspect == rule.Aspect && r.Action == opposite);
    }
}
