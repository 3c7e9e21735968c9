using System.Linq;
using System.Text.Json;
using Contracts.Tests.Tool;
using Xunit;

namespace Contracts.Tests.Diff;

/// <summary>`--base REV PATH`: each schema file as committed at REV against the working tree, in a real temporary repository.</summary>
public sealed class GitRevisionTests
{
    [Fact]
    public void A_file_edited_since_HEAD_is_compared_with_its_committed_version()
    {
        using var repository = new GitRepository();
        var path = repository.Write("schemas/seed.apifox.txt", SeedEdits.Original);
        repository.Commit("seed");
        repository.Write("schemas/seed.apifox.txt", SeedEdits.MaximumLowered);

        var run = ToolRun.Of("diff", "--base", "HEAD", path, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var change = json.RootElement.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("ruleId").GetString() == "request-property-maximum-decreased");
        Assert.Equal("/input/num_outputs", change.GetProperty("pointer").GetString());
        Assert.Equal(path + " at HEAD", json.RootElement.GetProperty("old").GetString());
    }

    [Fact]
    public void A_folder_is_compared_file_by_file_and_removals_point_at_the_revision()
    {
        using var repository = new GitRepository();
        repository.Write("schemas/seed.apifox.txt", SeedEdits.Original);
        repository.Write("schemas/草稿/items.json", TestApi.Document(new[] { ("get", "/items", "{}"), ("delete", "/items", "{}") }));
        repository.Commit("schemas");
        repository.Write("schemas/草稿/items.json", TestApi.Document("get", "/items", "{}"));

        var run = ToolRun.Of("diff", "--base", "HEAD", repository.Combine("schemas"), "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal("operation-removed", change.GetProperty("ruleId").GetString());
        Assert.Equal("草稿/items.json", change.GetProperty("document").GetString());
        Assert.Equal("HEAD", change.GetProperty("location").GetProperty("version").GetString());
    }

    [Fact]
    public void A_file_added_since_the_revision_is_all_new()
    {
        using var repository = new GitRepository();
        repository.Write("README.md", "first commit");
        repository.Commit("start");
        var path = repository.Write("schemas/items.json", TestApi.Document("get", "/items", "{}"));

        var run = ToolRun.Of("diff", "--base", "HEAD", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("operation-added", run.Output);
        Assert.Contains("not present on the old side", run.Error);
    }

    [Fact]
    public void An_unknown_revision_is_bad_input()
    {
        using var repository = new GitRepository();
        var path = repository.Write("schemas/items.json", TestApi.Document("get", "/items", "{}"));
        repository.Commit("start");

        var run = ToolRun.Of("diff", "--base", "no-such-branch", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: 'no-such-branch' is not a commit", run.Error);
    }

    [Fact]
    public void Base_takes_exactly_one_path()
    {
        var run = ToolRun.Of("diff", "--base", "HEAD", RepositoryFiles.SeedSchema, RepositoryFiles.SeedSchema);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("with --base, give one PATH", run.Error);
    }
}
