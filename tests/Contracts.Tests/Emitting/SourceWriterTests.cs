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

    [Fact]
    public void Only_the_declarations_used_after_their_place_are_written_there_in_their_order()
    {
        var declarations = new[] { ("_A.", "using _A = global::A;"), ("_B.", "using _B = global::B;"), ("_C.", "using _C = global::C;") };

        var writer = new SourceWriter().Line("namespace N;").Line().DeclarationsHere(declarations);
        writer.Line("_C.X c; _A.Y a; _A.Z again; _Bx.W notB;");

        Assert.Equal("namespace N;\n\nusing _A = global::A;\nusing _C = global::C;\n\n_C.X c; _A.Y a; _A.Z again; _Bx.W notB;\n", writer.ToString());
    }

    [Fact]
    public void No_declaration_used_leaves_the_text_as_written()
    {
        var writer = new SourceWriter().Line("// _A. in the header does not count").DeclarationsHere(new[] { ("_A.", "using _A = global::A;") });
        writer.Line("class C { }");

        Assert.Equal("// _A. in the header does not count\nclass C { }\n", writer.ToString());
    }

    [Fact]
    public void Large_texts_and_numbers_are_written_whole()
    {
        var writer = new SourceWriter().DeclarationsHere(new[] { ("_A.", "using _A = global::A;") });
        var expected = new System.Text.StringBuilder("using _A = global::A;\n\n");
        for (var i = 0; i < 50_000; i++)
        {
            writer.Indent().Line($"_A.M({i}, {-i});").Outdent();
            expected.Append("\t_A.M(").Append(i).Append(", ").Append(-i).Append(");\n");
        }

        Assert.Equal(expected.ToString(), writer.ToString());
    }
}
