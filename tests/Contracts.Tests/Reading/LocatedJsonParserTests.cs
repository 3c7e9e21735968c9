using System.Linq;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;
using Xunit;

namespace Contracts.Tests.Reading;

public sealed class LocatedJsonParserTests
{
    [Fact]
    public void Columns_count_utf16_chars_after_chinese_text()
    {
        // Each Chinese char is 3 UTF-8 bytes but one column.
        const string json = "{\"描述\": \"中文说明\", \"b\": 1}";

        var root = (JsonObjectNode)LocatedJsonParser.Parse(json).Root!;

        var b = root.Find("b")!;
        Assert.Equal(new SourceSpan(0, 15, 0, 18), b.NameSpan);
        Assert.Equal(new SourceSpan(0, 20, 0, 21), b.Value.Span);
        Assert.Equal(new SourceSpan(0, 7, 0, 13), root.Get("描述")!.Span);
    }

    [Fact]
    public void Surrogate_pairs_take_two_columns_like_editors_count_utf16()
    {
        const string json = "[\"😀\", true]";

        var root = (JsonArrayNode)LocatedJsonParser.Parse(json).Root!;

        Assert.Equal(new SourceSpan(0, 1, 0, 5), root.Items[0].Span);
        Assert.Equal(new SourceSpan(0, 7, 0, 11), root.Items[1].Span);
    }

    [Fact]
    public void Positions_are_in_the_whole_files_coordinates()
    {
        const string json = "{\n  \"a\": [1,\n    \"x\"]\n}";

        var root = (JsonObjectNode)LocatedJsonParser.Parse(json, firstLine: 10, firstColumn: 4).Root!;

        Assert.Equal(new SourceSpan(10, 4, 13, 1), root.Span);
        var items = ((JsonArrayNode)root.Get("a")!).Items;
        Assert.Equal(new SourceSpan(11, 8, 11, 9), items[0].Span);
        Assert.Equal(new SourceSpan(12, 4, 12, 7), items[1].Span);
        Assert.Equal(new SourceSpan(11, 2, 11, 5), root.Find("a")!.NameSpan);
    }

    [Fact]
    public void Keeps_members_in_order_with_duplicates_and_raw_number_text()
    {
        const string json = "{\"b\": 1.50, \"a\": 2, \"b\": 1e3, /* note */ \"c\": [null, false,],}";

        var root = (JsonObjectNode)LocatedJsonParser.Parse(json).Root!;

        Assert.Equal(new[] { "b", "a", "b", "c" }, root.Members.Select(m => m.Name));
        Assert.Equal("1.50", ((JsonNumberNode)root.Members[0].Value).Literal);
        Assert.Equal("1e3", ((JsonNumberNode)root.Get("b")!).Literal);
        Assert.Equal("{\"b\":1.50,\"a\":2,\"b\":1e3,\"c\":[null,false]}", JsonCompactWriter.Write(root));
    }

    [Fact]
    public void Unescapes_strings_and_knows_when_offsets_still_match_columns()
    {
        var root = (JsonArrayNode)LocatedJsonParser.Parse("[\"a\\nb\", \"plain 默认值:1\"]").Root!;

        var escaped = (JsonStringNode)root.Items[0];
        Assert.Equal("a\nb", escaped.Value);
        Assert.True(escaped.HasEscapes);
        Assert.Equal(escaped.Span, escaped.SpanOf(1, 1));
        var plain = (JsonStringNode)root.Items[1];
        Assert.Equal(new SourceSpan(0, 20, 0, 21), plain.SpanOf(10, 1));
    }

    [Theory]
    [InlineData("{\"a\": }", 0, 6)]
    [InlineData("{\n  \"a\": 1,\n  \"b\" 2\n}", 2, 6)]
    [InlineData("{\n  \"说明\": \"中文\" \"b\": 2\n}", 1, 13)]
    [InlineData("[1, 2", 0, 5)]
    [InlineData("", 0, 0)]
    public void Reports_the_failure_at_its_line_and_column(string json, int line, int column)
    {
        var result = LocatedJsonParser.Parse(json);

        Assert.Null(result.Root);
        Assert.False(result.Error!.IsTooDeep);
        Assert.Equal((line, column), (result.Error.Span.StartLine, result.Error.Span.StartColumn));
        Assert.DoesNotContain("LineNumber", result.Error.Message);
        Assert.NotEmpty(result.Error.Message);
    }

    [Fact]
    public void Refuses_a_second_value_unless_trailing_content_is_allowed()
    {
        Assert.NotNull(LocatedJsonParser.Parse("{} {}").Error);

        var result = LocatedJsonParser.Parse("{\"a\":1}\n\n响应\n\n[", allowTrailingContent: true);

        Assert.NotNull(result.Root);
        Assert.Equal(7, result.ConsumedLength);
    }

    [Fact]
    public void Nesting_past_the_limit_is_a_distinct_error_and_does_not_overflow_the_stack()
    {
        Assert.NotNull(LocatedJsonParser.Parse(new string('[', 256) + new string(']', 256)).Root);

        var result = LocatedJsonParser.Parse(new string('[', 100_000) + new string(']', 100_000));

        Assert.True(result.Error!.IsTooDeep);
        Assert.Equal(new SourceSpan(0, 256, 0, 257), result.Error.Span);
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_an_error_not_an_exception()
    {
        var result = LocatedJsonParser.Parse("[\"\\ud800\"]");

        Assert.Null(result.Root);
        Assert.Equal(new SourceSpan(0, 1, 0, 9), result.Error!.Span);
    }

    [Fact]
    public void Repeated_keys_are_found_in_small_and_large_objects_and_listed_in_document_order()
    {
        // The outer object has 20 members (checked with a set), the inner one 3 (checked pairwise); inner objects close first.
        var members = string.Join(",", System.Linq.Enumerable.Range(0, 18).Select(i => $"\"m{i}\":{i}"));
        var text = "{" + members + ",\n\"m3\":{\"a\":1,\"b\":2,\n\"a\":3},\"m19\":0}";

        var result = LocatedJsonParser.Parse(text);

        Assert.NotNull(result.Root);
        Assert.Equal(new[] { ("m3", 1), ("a", 2) }, result.DuplicateKeys.Select(m => (m.Name, m.NameSpan.StartLine)));
    }
}
