using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Contracts.Tests.Runtime;

/// <summary>
/// The OpenAPI style table, row by row, written from the table (value color: blue, the list blue/black/brown, the
/// object R=100, G=200, B=150). Label without explode follows RFC 6570 and OpenAPI 3.1.1 (".blue,black,brown").
/// </summary>
public sealed class ParameterWriterTests
{
    private static readonly string[] List = { "blue", "black", "brown" };

    private static readonly KeyValuePair<string, string>[] Object =
    {
        new("R", "100"), new("G", "200"), new("B", "150"),
    };

    [Theory]
    [InlineData(ParameterStyle.Simple, false, "blue", "blue,black,brown", "R,100,G,200,B,150")]
    [InlineData(ParameterStyle.Simple, true, "blue", "blue,black,brown", "R=100,G=200,B=150")]
    [InlineData(ParameterStyle.Label, false, ".blue", ".blue,black,brown", ".R,100,G,200,B,150")]
    [InlineData(ParameterStyle.Label, true, ".blue", ".blue.black.brown", ".R=100.G=200.B=150")]
    [InlineData(ParameterStyle.Matrix, false, ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150")]
    [InlineData(ParameterStyle.Matrix, true, ";color=blue", ";color=blue;color=black;color=brown", ";R=100;G=200;B=150")]
    public void Path_styles_match_the_table(ParameterStyle style, bool explode, string value, string list, string members)
    {
        Assert.Equal(value, ParameterWriter.Path("color", style, explode, "blue"));
        Assert.Equal(list, ParameterWriter.Path("color", style, explode, List));
        Assert.Equal(members, ParameterWriter.Path("color", style, explode, Object));
    }

    [Theory]
    [InlineData(ParameterStyle.Form, false, "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150")]
    [InlineData(ParameterStyle.Form, true, "color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150")]
    [InlineData(ParameterStyle.SpaceDelimited, false, "color=blue", "color=blue%20black%20brown", "color=R%20100%20G%20200%20B%20150")]
    [InlineData(ParameterStyle.PipeDelimited, false, "color=blue", "color=blue|black|brown", "color=R|100|G|200|B|150")]
    [InlineData(ParameterStyle.DeepObject, true, "color=blue", "color=blue&color=black&color=brown", "color[R]=100&color[G]=200&color[B]=150")]
    public void Query_styles_match_the_table(ParameterStyle style, bool explode, string value, string list, string members)
    {
        Assert.Equal(value, Query(q => ParameterWriter.AppendQuery(q, "color", style, explode, "blue")));
        Assert.Equal(list, Query(q => ParameterWriter.AppendQuery(q, "color", style, explode, List)));
        Assert.Equal(members, Query(q => ParameterWriter.AppendQuery(q, "color", style, explode, Object)));
    }

    [Fact]
    public void Delimiters_inside_values_are_escaped_so_they_cannot_split_items()
    {
        string[] tricky = { "a,b", "c|d", "e f", "g&h=i", "j[k]" };

        Assert.Equal("x=a%2Cb,c%7Cd,e%20f,g%26h%3Di,j%5Bk%5D", Query(q => ParameterWriter.AppendQuery(q, "x", ParameterStyle.Form, false, tricky)));
        Assert.Equal("x=a%2Cb|c%7Cd|e%20f|g%26h%3Di|j%5Bk%5D", Query(q => ParameterWriter.AppendQuery(q, "x", ParameterStyle.PipeDelimited, false, tricky)));
        Assert.Equal("x%5B%26%5D[a%3Db]=c%26d", Query(q => ParameterWriter.AppendQuery(q, "x[&]", ParameterStyle.DeepObject, true, new[] { new KeyValuePair<string, string>("a=b", "c&d") })));
        Assert.Equal(".a%2Fb.%2E%2E.c%3Bd", ParameterWriter.Path("x", ParameterStyle.Label, true, new[] { "a/b", "..", "c;d" }));
        Assert.Equal(";x=a%2Fb;x=%3Bx%3D1", ParameterWriter.Path("x", ParameterStyle.Matrix, true, new[] { "a/b", ";x=1" }));
        Assert.Equal("c=a%3B%20b%3Dc", ParameterWriter.Cookie("c", true, "a; b=c"));
    }

    [Fact]
    public void Object_members_come_from_json_with_nulls_left_out()
    {
        using var document = JsonDocument.Parse("""{"R":100,"name":"x y","none":null,"on":true,"nested":{"a":1}}""");

        var members = new List<KeyValuePair<string, string>>(ParameterWriter.Members(document.RootElement));

        Assert.Equal(new[] { "R=100", "name=x y", "on=true", "nested={\"a\":1}" }, members.ConvertAll(m => m.Key + "=" + m.Value));
    }

    private static string Query(System.Action<StringBuilder> append)
    {
        var query = new StringBuilder();
        append(query);
        return query.ToString();
    }
}
