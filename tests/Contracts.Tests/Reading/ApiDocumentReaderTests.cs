using System;
using System.Linq;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Xunit;
using static Contracts.Tests.Reading.ReadingFixtures;

namespace Contracts.Tests.Reading;

public sealed class ApiDocumentReaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("hello\nworld")]
    [InlineData("Title\nMethodPOST\n\nno path line here")]
    [InlineData("Title\nPath/v1/things\nMethod POST with words")]
    [InlineData("Title\nMethodFETCH\nPath/v1/things")]
    public void Files_in_no_known_format_are_ignored(string text)
    {
        Assert.Null(ApiDocumentReader.Read("x.txt", text, default));
    }

    [Fact]
    public void The_overview_must_be_in_the_first_forty_lines()
    {
        var late = string.Concat(Enumerable.Repeat("text\n", 40)) + "MethodGET\nPath/a";
        var early = string.Concat(Enumerable.Repeat("text\n", 30)) + "methodget\r\nPath/a";

        Assert.Null(ApiDocumentReader.Read("x.txt", late, default));
        var document = ApiDocumentReader.Read("x.txt", early, default)!;
        Assert.Equal("GET", document.Operations[0].Method);
        Assert.Equal("/a", document.Operations[0].Path);
    }

    [Fact]
    public void Rejects_a_large_json_file_in_no_known_format()
    {
        // Sniffing looks only at the start, so this 5 MB file is never parsed (the benchmarks measure the cost).
        var big = "{\"x\":\"" + new string('a', 5_000_000) + "\"}";

        Assert.Null(ApiDocumentReader.Read("big.json", big, default));
    }

    [Fact]
    public void Never_throws_on_the_seed_cut_at_fifty_offsets()
    {
        var seed = SeedText;
        var step = seed.Length / 50;
        for (var i = 0; i < 50; i++)
        {
            // Odd offsets too, so some cuts land inside escapes and multi-byte text.
            var cut = seed.Substring(0, Math.Min(seed.Length, i * step + i % 7));
            var viaEntry = ApiDocumentReader.Read(SeedPath, cut, default);
            var direct = ApifoxPageReader.Read(SeedPath, cut, default);
            Assert.Equal(SourceFormat.ApifoxPage, direct.Format);
            if (viaEntry is not null) Assert.Equal(direct, viaEntry);
        }
    }

    [Fact]
    public void Never_throws_on_the_seed_with_a_span_removed()
    {
        var seed = SeedText;
        var random = new Random(1234);
        for (var i = 0; i < 50; i++)
        {
            var start = random.Next(seed.Length);
            var length = random.Next(1, 40);
            var damaged = seed.Remove(start, Math.Min(length, seed.Length - start));
            ApiDocumentReader.Read(SeedPath, damaged, default);
        }
    }
}
