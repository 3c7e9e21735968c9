using System.IO;
using System.Linq;
using Contracts.Tests.Tool;
using Xunit;

namespace Contracts.Tests.Selection;

/// <summary>The same filters as options of `contracts generate` and `contracts diff`.</summary>
public sealed class SelectionToolTests
{
    [Fact]
    public void Generate_writes_only_the_included_operations_and_warns_about_a_pattern_that_matches_nothing()
    {
        using var temp = new TempFolder();
        var schema = temp.Write("shop.openapi.json", SelectionFixture.Text);
        var output = temp.Combine("generated");

        var run = ToolRun.Of("generate", schema, "--out", output, "--include", "getUser", "--include", "nothing-here", "--keep-schema", "Audit");

        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Directory.GetFiles(Path.Combine(output, "shop")).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Shop.Audit.g.cs", "Shop.ShopClient.g.cs", "Shop.ShopJsonContext.g.cs", "Shop.User.g.cs" }, files);
        Assert.Contains(run.ErrorLines, line => line.Contains("warning CTR4005") && line.Contains("'nothing-here'"));
    }

    [Fact]
    public void Diff_compares_only_the_included_operations()
    {
        using var temp = new TempFolder();
        var before = temp.Write("old/shop.openapi.json", SelectionFixture.Text);
        // A response limit lowered under getUser (info: callers still read it) and createOrder's path renamed (breaking).
        var after = temp.Write("new/shop.openapi.json", SelectionFixture.Text.Replace("\"maxLength\": 5", "\"maxLength\": 3").Replace("\"/orders\":", "\"/purchases\":"));

        var everything = ToolRun.Of("diff", before, after, "--format", "json");
        var usersOnly = ToolRun.Of("diff", before, after, "--format", "json", "--include", "/users/**");
        var typo = ToolRun.Of("diff", before, after, "--format", "json", "--include", "/userz/**");

        Assert.Equal(1, everything.ExitCode);
        Assert.Contains("operation-path-changed", everything.Output);
        Assert.True(usersOnly.ExitCode == 0, usersOnly.ToString());
        Assert.DoesNotContain("operation-path-changed", usersOnly.Output);
        Assert.Contains("response-property-max-length-decreased", usersOnly.Output);
        Assert.Equal(0, typo.ExitCode);
        Assert.Contains("the --include pattern '/userz/**' matches no operation", typo.Error);
    }
}
