using System.IO;
using Xunit;

namespace Contracts.Tests.Tool;

public sealed class ConvertCommandTests
{
    [Fact]
    public void Converts_to_standard_output()
    {
        using var temp = new TempFolder();
        var yaml = temp.Write("pets.yaml", PetStoreYaml.Yaml);

        var run = ToolRun.Of("convert", yaml);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(PetStoreYaml.Json, run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Converts_to_a_file_creating_its_folder()
    {
        using var temp = new TempFolder();
        var yaml = temp.Write("pets.yaml", PetStoreYaml.Yaml);
        var json = temp.Combine("out", "pets.json");

        var run = ToolRun.Of("convert", yaml, "--out", json);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(PetStoreYaml.Json, File.ReadAllText(json));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Malformed_yaml_exits_2_naming_the_line()
    {
        using var temp = new TempFolder();
        var yaml = temp.Write("bad.yaml", "openapi: 3.0.0\ninfo:\n  title: x\n bad: 1\n");

        var run = ToolRun.Of("convert", yaml);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith(yaml + "(4,2): error: cannot convert the YAML: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void An_alias_bomb_exits_2()
    {
        using var temp = new TempFolder();
        var yaml = temp.Write("bomb.yaml", AliasBomb());

        var run = ToolRun.Of("convert", yaml);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("more than 1,000,000 values", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        using var temp = new TempFolder();

        var run = ToolRun.Of("convert", temp.Combine("missing.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    /// <summary>Nine levels of ten aliases each: 10^9 nodes once expanded, a few hundred bytes as text.</summary>
    internal static string AliasBomb()
    {
        var text = new System.Text.StringBuilder("openapi: 3.0.0\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 9; level++)
        {
            var previous = "*l" + (level - 1);
            text.Append($"l{level}: &l{level} [{string.Join(", ", System.Linq.Enumerable.Repeat(previous, 10))}]\n");
        }
        return text.ToString();
    }
}
