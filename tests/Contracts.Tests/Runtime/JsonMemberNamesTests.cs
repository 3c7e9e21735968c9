using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Contracts.Tests.Runtime;

/// <summary>The shared member-name table finds every declared name, in order or not, narrow or wide, and nothing else.</summary>
public sealed class JsonMemberNamesTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(200)]
    public void Every_name_is_found_whatever_the_expected_index(int count)
    {
        var names = Enumerable.Range(0, count).Select(i => i % 3 == 0 ? "m" + i : i % 3 == 1 ? "名前" + i : "member_" + i).ToArray();
        var table = new JsonMemberNames(names);
        for (var i = 0; i < count; i++)
        {
            var utf8 = Encoding.UTF8.GetBytes(names[i]);
            Assert.Equal(i, table.IndexOf(utf8, i));
            Assert.Equal(i, table.IndexOf(utf8, 0));
            Assert.Equal(i, table.IndexOf(utf8, count));
            Assert.Equal(i, table.IndexOf(utf8, -1));
        }
        Assert.Equal(-1, table.IndexOf("m"u8, 0));
        Assert.Equal(-1, table.IndexOf("m0x"u8, 0));
        Assert.Equal(-1, table.IndexOf(""u8, 0));
    }

    [Fact]
    public void Names_are_encoded_for_writing_as_JsonEncodedText_encodes_them()
    {
        var table = new JsonMemberNames("a", "名前", "quote\"d");
        Assert.Equal(3, table.Count);
        for (var i = 0; i < table.Count; i++)
        {
            Assert.Equal(JsonEncodedText.Encode(new[] { "a", "名前", "quote\"d" }[i]), table[i]);
        }
    }

    [Fact]
    public void Find_moves_to_the_value_of_declared_members_and_stays_on_unknown_names()
    {
        var table = new JsonMemberNames("first", "second", "n\u00e4me");
        var reader = new Utf8JsonReader("{\"second\":2,\"other\":true,\"first\":1,\"n\\u00e4me\":3}"u8);
        reader.Read();
        var expected = 0;
        var found = new System.Collections.Generic.List<string>();
        while (JsonMembers.Next(ref reader))
        {
            var index = table.Find(ref reader, ref expected);
            if (index < 0)
            {
                Assert.Equal(JsonTokenType.PropertyName, reader.TokenType);
                found.Add("?" + reader.GetString());
                reader.Read();
                reader.Skip();
                continue;
            }
            Assert.Equal(index + 1, expected);
            found.Add(index + "=" + reader.GetInt32());
        }
        Assert.Equal(new[] { "1=2", "?other", "0=1", "2=3" }, found);
    }
}
