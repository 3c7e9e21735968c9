using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Contracts.Generator.Reading;
using Contracts.Generator.Reading.Yaml;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Hostile;

/// <summary>
/// YAML built to break the reader: alias bombs, deep nesting, broken quotes and indentation, control characters, and
/// every truncation and many single-character edits of a real document. The reader never throws; the generator turns
/// what it refuses into one diagnostic, and whatever is generated compiles.
/// </summary>
public sealed class HostileYamlTests
{
    private static string Fixture([CallerFilePath] string thisFile = "")
        => File.ReadAllText(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Reading", "Yaml", "Fixtures", "replicate.openapi.yaml"));

    private static GeneratorRun Generate(string text)
    {
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/schemas/hostile.openapi.yaml", text, "Hostile.Yaml", "HostileClient") });
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "CTR1002");
        var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return run;
    }

    [Fact]
    public void An_alias_bomb_is_refused_before_it_expands()
    {
        var bomb = new StringBuilder("openapi: 3.0.3\nx-lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 12; i++) bomb.Append($"x-lol{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]\n");
        bomb.Append("paths: {}\n");

        var run = Generate(bomb.ToString());

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CTR1021", error.Id);
        Assert.Contains("alias bomb", error.GetMessage());
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("- ", "")]
    public void Deep_nesting_is_refused_at_the_limit(string open, string close)
    {
        var deep = string.Concat(Enumerable.Repeat(open, 100_000)) + "x" + string.Concat(Enumerable.Repeat(close, 100_000));
        var parsed = YamlParser.Parse(deep);
        Assert.Null(parsed.Root);
        Assert.Equal(YamlProblemKind.TooDeep, parsed.ProblemKind);

        var run = Generate("openapi: 3.0.3\npaths:\n  x-deep:\n    " + deep + "\n");
        Assert.Equal("CTR1005", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void Deep_block_indentation_is_refused_at_the_limit()
    {
        var deep = new StringBuilder();
        for (var i = 0; i < 1000; i++) deep.Append(' ', i).Append("a:\n");
        Assert.Equal(YamlProblemKind.TooDeep, YamlParser.Parse(deep.ToString()).ProblemKind);
    }

    [Fact]
    public void Aliases_cannot_nest_past_the_depth_limit()
    {
        // Each anchor holds the one before, 200 levels each: expanded, the last is far deeper than the limit.
        var yaml = new StringBuilder("a0: &a0 " + new string('[', 200) + new string(']', 200) + "\n");
        for (var i = 1; i < 5; i++) yaml.Append($"a{i}: &a{i} " + new string('[', 200) + $"*a{i - 1}" + new string(']', 200) + "\n");
        Assert.Equal(YamlProblemKind.TooDeep, YamlParser.Parse(yaml.ToString()).ProblemKind);
    }

    [Theory]
    [InlineData("a: &x [*x]", "Syntax")]
    [InlineData("a: *nowhere", "Syntax")]
    [InlineData("? [a, b]\n: c", "NotJson")]
    [InlineData("{[a]: b}", "NotJson")]
    [InlineData("a: 1\n---\nb: 2", "NotJson")]
    [InlineData("a: \"open", "Syntax")]
    [InlineData("a: 'open\n", "Syntax")]
    [InlineData("a: \"\\q\"", "Syntax")]
    [InlineData("a: \"\\UFFFFFFFF\"", "Syntax")]
    [InlineData("a: [1, 2", "Syntax")]
    [InlineData("a: {b: 1", "Syntax")]
    [InlineData("a:\n\t- b", "Syntax")]
    [InlineData("a: b: c", "Syntax")]
    [InlineData("- a\nb: c", "Syntax")]
    [InlineData("a: |0\n  x", "Syntax")]
    [InlineData("%YAML 2.0 x\n---\na", "Syntax")]
    [InlineData("]", "Syntax")]
    [InlineData("a: b\u0000c: d", "Syntax")]
    public void Broken_yaml_is_a_problem_with_a_place_never_an_exception(string yaml, string kind)
    {
        var parsed = YamlParser.Parse(yaml);

        Assert.True(parsed.Root is null, "read as " + (parsed.Root is null ? "" : Reading.Yaml.TreeJson.Of(parsed.Root)));
        Assert.Equal(kind, parsed.ProblemKind.ToString());
        Assert.False(string.IsNullOrEmpty(parsed.Problem));
        Assert.InRange(parsed.ProblemSpan.StartLine, 0, yaml.Count(c => c == '\n'));
    }

    [Fact]
    public void Every_truncation_of_a_real_document_reads_without_throwing()
    {
        var yaml = Fixture();
        for (var length = 0; length <= yaml.Length; length++)
        {
            var parsed = YamlParser.Parse(yaml.Substring(0, length));
            Assert.True(parsed.Root is not null || parsed.Problem is not null);
        }
    }

    [Fact]
    public void Single_character_edits_of_a_real_document_read_without_throwing()
    {
        var yaml = Fixture();
        var replacements = new[] { "\t", "\"", "'", ":", "- ", "[", "}", "#", "&a ", "*a", "!", "|", ">", "\n", "\r", "\u0000", "\uD800", "\uFEFF", "  ", "" };
        var checkedEdits = 0;
        for (var at = 0; at < yaml.Length; at += 7)
        {
            foreach (var replacement in replacements)
            {
                var edited = yaml.Substring(0, at) + replacement + yaml.Substring(at + 1);
                var parsed = YamlParser.Parse(edited);
                Assert.True(parsed.Root is not null || parsed.Problem is not null);
                checkedEdits++;
            }
        }
        Assert.True(checkedEdits > 5_000);
        // A few of them through the whole generator, as a build would see them.
        foreach (var at in new[] { 200, 900, 1700, 2600 }) Generate(yaml.Substring(0, at) + "\t\"[" + yaml.Substring(at));
    }

    [Fact]
    public void Huge_scalars_and_keys_stay_linear_and_readable()
    {
        var longText = new string('x', 2_000_000);
        var parsed = YamlParser.Parse("a: " + longText + "\nb: \"" + longText + "\"\nc: |\n  " + longText + "\n");
        Assert.NotNull(parsed.Root);

        // A key past YAML's 1024-character limit for implicit keys is refused with a place.
        Assert.Null(YamlParser.Parse(longText + ": 1").Root);
    }

    [Fact]
    public void Random_bytes_read_as_yaml_never_throw()
    {
        var random = new Random(1234);
        const string alphabet = "ab:- \n\t#&*!|>'\"[]{},?%@`\\\r\u00e9\u0085\u2028";
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var parsed = YamlParser.Parse(text);
            Assert.True(parsed.Root is not null || parsed.Problem is not null, text);
            _ = ApiDocumentReader.Read("/fuzz/random.openapi.yaml", "openapi: 3.0.3\n" + text, default);
        }
    }
}
