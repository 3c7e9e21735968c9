using System.IO;
using System.Text.Json;
using Contracts.Tests.Tool;
using Xunit;

namespace Contracts.Tests.Diff;

/// <summary>`contracts diff` end to end, in process: exit codes, --fail-on, ignore files, level overrides, folders and formats.</summary>
public sealed class DiffCommandTests
{
    private static (string Old, string New) Files(TempFolder temp, string before, string after)
        => (temp.Write("old/api.apifox.txt", before), temp.Write("new/api.apifox.txt", after));

    [Fact]
    public void Identical_sides_exit_0_with_no_changes()
    {
        using var temp = new TempFolder();
        var (old, now) = Files(temp, SeedEdits.Original, SeedEdits.Original);

        var run = ToolRun.Of("diff", old, now);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No changes.", run.Output);
    }

    [Fact]
    public void A_breaking_change_exits_1_and_never_fails_with_fail_on_never()
    {
        using var temp = new TempFolder();
        var (old, now) = Files(temp, SeedEdits.Original, SeedEdits.MaximumLowered);

        Assert.Equal(1, ToolRun.Of("diff", old, now).ExitCode);
        Assert.Equal(0, ToolRun.Of("diff", old, now, "--fail-on", "never").ExitCode);
    }

    [Fact]
    public void A_warning_fails_only_with_fail_on_warning()
    {
        using var temp = new TempFolder();
        var (old, now) = Files(temp, SeedEdits.Original, SeedEdits.Original.Replace("默认值:25。", "默认值:30。"));

        Assert.Equal(0, ToolRun.Of("diff", old, now).ExitCode);
        Assert.Equal(1, ToolRun.Of("diff", old, now, "--fail-on", "warning").ExitCode);
    }

    [Fact]
    public void A_level_override_lowers_a_rule_below_the_failing_level()
    {
        using var temp = new TempFolder();
        var (old, now) = Files(temp, SeedEdits.Original, SeedEdits.MaximumLowered);

        var run = ToolRun.Of("diff", old, now, "--level", "request-property-maximum-*=info");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("info      request-property-maximum-decreased", run.Output);
    }

    [Fact]
    public void An_ignore_file_silences_a_known_change_and_counts_it()
    {
        using var temp = new TempFolder();
        var (old, now) = Files(temp, SeedEdits.Original, SeedEdits.MaximumLowered);
        var ignore = temp.Write(".contracts-diff-ignore", """
            # Known changes, reviewed.
            request-property-maximum-decreased /input/num_outputs  # the relay caps outputs at 6 since v2
            request-property-description-changed POST /replicate/*  # prose follows the limit
            """);

        var run = ToolRun.Of("diff", old, now, "--ignore", ignore);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No changes (2 ignored).", run.Output);
    }

    [Theory]
    [InlineData("request-property-maximum-decreased")]
    [InlineData("no-such-rule /x  # why")]
    public void A_malformed_ignore_file_is_bad_input(string line)
    {
        using var temp = new TempFolder();
        var (old, now) = Files(temp, SeedEdits.Original, SeedEdits.MaximumLowered);
        var ignore = temp.Write("ignore.txt", line);

        var run = ToolRun.Of("diff", old, now, "--ignore", ignore);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + ignore + ":1: ", run.Error);
    }

    [Theory]
    [InlineData("--level", "request-property-maximum-decreased=fatal")]
    [InlineData("--level", "no-such-rule=info")]
    [InlineData("--level", "no-equals-sign")]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "sometimes")]
    public void A_bad_option_value_exits_2_with_a_message(string option, string value)
    {
        using var temp = new TempFolder();
        var (old, now) = Files(temp, SeedEdits.Original, SeedEdits.Original);

        var run = ToolRun.Of("diff", old, now, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Missing_or_unreadable_inputs_exit_2_without_a_stack_trace()
    {
        using var temp = new TempFolder();
        var notAnApi = temp.Write("notes.txt", "Just some notes.");
        var seed = temp.Write("seed.apifox.txt", SeedEdits.Original);

        foreach (var run in new[]
        {
            ToolRun.Of("diff", temp.Combine("missing.json"), seed),
            ToolRun.Of("diff", notAnApi, seed),
            ToolRun.Of("diff", temp.Path, seed),
            ToolRun.Of("diff", seed),
            ToolRun.Of("diff", seed, seed, seed),
        })
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.StartsWith("error", run.Error);
            Assert.DoesNotContain("   at ", run.Error);
        }
    }

    [Fact]
    public void Folders_match_files_by_name_and_skip_files_that_are_no_API()
    {
        using var temp = new TempFolder();
        temp.Write("old/seed.apifox.txt", SeedEdits.Original);
        temp.Write("old/gone.json", TestApi.Document("get", "/gone", "{}"));
        temp.Write("old/README.md", "not an API");
        temp.Write("new/seed.apifox.txt", SeedEdits.MaximumLowered);
        temp.Write("new/sub/added.json", TestApi.Document("get", "/added", "{}"));
        temp.Write("new/README.md", "still not an API");

        var run = ToolRun.Of("diff", temp.Combine("old"), temp.Combine("new"), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var changes = json.RootElement.GetProperty("changes");
        Assert.Contains(changes.EnumerateArray(), c => c.GetProperty("ruleId").GetString() == "operation-removed" && c.GetProperty("document").GetString() == "gone.json");
        Assert.Contains(changes.EnumerateArray(), c => c.GetProperty("ruleId").GetString() == "operation-added" && c.GetProperty("document").GetString() == "sub/added.json");
        Assert.Contains(changes.EnumerateArray(), c => c.GetProperty("ruleId").GetString() == "request-property-maximum-decreased" && c.GetProperty("document").GetString() == "seed.apifox.txt");
    }

    [Fact]
    public void Sides_may_differ_in_format_YAML_against_JSON()
    {
        using var temp = new TempFolder();
        var yaml = temp.Write("old/petstore.yaml", PetStoreYaml.Yaml);
        var json = temp.Write("new/petstore.json", PetStoreYaml.Json);
        var lowered = temp.Write("new/petstore-lowered.json", PetStoreYaml.Json.Replace("\"maximum\": 123", "\"maximum\": 100"));

        var same = ToolRun.Of("diff", yaml, json);
        var changed = ToolRun.Of("diff", yaml, lowered, "--format", "github");

        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("No changes.", same.Output);
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("title=request-parameter-maximum-decreased::GET /pets/{petId} path parameter petId: maximum 123 → 100.", changed.Output);
        // YAML is read where it stands, so there is nothing to say about positions.
        Assert.Equal("", same.Error);
    }

    [Fact]
    public void The_report_goes_to_the_output_file_when_one_is_given()
    {
        using var temp = new TempFolder();
        var (old, now) = Files(temp, SeedEdits.Original, SeedEdits.MaximumLowered);
        var sarif = temp.Combine("reports", "diff.sarif");

        var run = ToolRun.Of("diff", old, now, "--format", "sarif", "--output", sarif);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("report written to " + sarif, run.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Help_lists_the_command_and_its_options()
    {
        var run = ToolRun.Of("diff", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--base", "--format", "--output", "--fail-on", "--ignore", "--level", "--token-env" }) Assert.Contains(option, run.Output);
    }
}
