using Contracts.Tests.Tool;
using Contracts.Tool.Diff.Rules;
using Xunit;

namespace Contracts.Tests.Diff;

/// <summary>The seed page against an edited copy: a limit stated only in prose is compared like a keyword.</summary>
public sealed class SeedDiffTests
{
    [Fact]
    public void Lowering_the_prose_maximum_of_num_outputs_is_a_breaking_request_change()
    {
        var findings = TestApi.Compare(SeedEdits.Original, SeedEdits.MaximumLowered);

        var finding = Assert.Single(findings, f => f.Level == RuleLevel.Breaking);
        Assert.Equal("request-property-maximum-decreased", finding.Rule.Id);
        Assert.Equal("POST /replicate/v1/predictions", finding.Operation);
        Assert.Equal("request body", finding.Place.Label);
        Assert.Equal("/input/num_outputs", finding.Pointer);
        Assert.Equal("maximum 8 → 6", finding.Detail);
        // The NEW side, at the num_outputs schema (line 64 of the page, one-based).
        Assert.Equal("new.json", finding.Location!.File);
        Assert.Equal(64, finding.Location.Line);
    }

    [Fact]
    public void The_command_line_reports_it_and_exits_1()
    {
        using var temp = new TempFolder();
        var old = temp.Write("old.apifox.txt", SeedEdits.Original);
        var now = temp.Write("new.apifox.txt", SeedEdits.MaximumLowered);

        var run = ToolRun.Of("diff", old, now);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("breaking  request-property-maximum-decreased  request body /input/num_outputs: maximum 8 → 6", run.Output);
    }
}
