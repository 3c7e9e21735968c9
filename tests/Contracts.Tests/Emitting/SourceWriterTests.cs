using Contracts.Generator.Helpers;
using Xunit;

namespace Contracts.Tests.Emitting;

/// <summary>The writer every emitter uses: interpolated lines appended in place, and one buffer passed between writers.</summary>
public sealed class SourceWriterTests
{
    [Fact]
    public void Interpolated_and_plain_lines_write_the_same_text()
    {
        var name = "Thing";
        var count = -3;
        var empty = "";

        var interpolated = new SourceWriter().OpenBrace($"class {name}").Line($"int X = {count};").Line($"{empty}").CloseBrace().ToString();
        var plain = new SourceWriter().OpenBrace("class " + name).Line("int X = " + count + ";").Line("").CloseBrace().ToString();

        Assert.Equal(plain, interpolated);
        // An empty interpolated line gets no indentation, like an empty plain one.
        Assert.Equal("class Thing\n{\n\tint X = -3;\n\n}\n", interpolated);
    }

    [Fact]
    public void Writers_in_turn_share_a_buffer_without_sharing_text()
    {
        var first = new SourceWriter().Line("first");
        var firstText = first.ToString();
        var second = new SourceWriter().Line("second");

        Assert.Equal("first\n", firstText);
        Assert.Equal("first\n", first.ToString());
        Assert.Equal("second\n", second.ToString());
        // A finished writer cannot write into the buffer the next writer now holds.
        Assert.ThrowsAny<System.Exception>(() => first.Line("late"));
        Assert.Equal("second\n", second.ToString());
    }
}
