using Xunit;

namespace Contracts.Tests.Tool;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("generate", "--out <dir>", "positions in that JSON")]
    [InlineData("convert", "--out <json>", "YAML 1.2")]
    public void Each_command_has_help(string command, string option, string text)
    {
        var run = ToolRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(option, run.Output);
        Assert.Contains(text, run.Output);
    }

    [Theory]
    [InlineData("")]
    [InlineData("convert")]
    [InlineData("generate schemas --unknown")]
    [InlineData("frobnicate")]
    public void Bad_usage_exits_2_with_a_message_and_no_stack_trace(string commandLine)
    {
        var run = ToolRun.Of(commandLine.Split(' ', System.StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Contains("--help", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
