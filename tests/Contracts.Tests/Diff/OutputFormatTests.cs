using System.IO;
using System.Linq;
using System.Text.Json;
using Contracts.Generator.Reading;
using Contracts.Tests.Harness;
using Contracts.Tool.Diff.Engine;
using Contracts.Tool.Diff.Outputs;
using Contracts.Tool.Diff.Policy;
using Xunit;

namespace Contracts.Tests.Diff;

/// <summary>Every output format on one realistic change set (the seed edited at every level), as reviewed snapshots.</summary>
public sealed class OutputFormatTests
{
    private const string SchemaPath = "schemas/replicate-create-prediction.apifox.txt";

    private static DiffReport Report(FailOn failOn = FailOn.Breaking)
    {
        var before = ApiDocumentReader.Read(SchemaPath, SeedEdits.Original, default)!;
        var after = ApiDocumentReader.Read(SchemaPath, SeedEdits.ManyChanges, default)!;
        var findings = ApiDiff.Compare("replicate-create-prediction.apifox.txt", before, after, "origin/main");
        return new DiffReport(SchemaPath + " at origin/main", SchemaPath, DiffOutcome.Apply(findings, LevelOverrides.None, IgnoreList.Empty, failOn));
    }

    private static string Write(ReportFormat format, bool color = false)
    {
        var output = new StringWriter { NewLine = "\n" };
        ReportWriters.For(format, color).Write(Report(), output);
        return output.ToString();
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Each_format_matches_its_reviewed_snapshot(string name)
        => Snapshot.Match("Diff/seed-changes." + name, Write(System.Enum.Parse<ReportFormat>(name, ignoreCase: true)));

    [Fact]
    public void Text_is_coloured_only_when_asked()
    {
        Assert.DoesNotContain("\u001b[", Write(ReportFormat.Text));
        Assert.Contains("\u001b[1;31mbreaking", Write(ReportFormat.Text, color: true));
    }

    [Fact]
    public void Sarif_has_the_shape_the_2_1_0_schema_requires()
    {
        using var sarif = JsonDocument.Parse(Write(ReportFormat.Sarif));
        var root = sarif.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("contracts-diff", driver.GetProperty("name").GetString());
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            Assert.Equal(ruleIds[result.GetProperty("ruleIndex").GetInt32()], result.GetProperty("ruleId").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.Equal(SchemaPath, physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.True(physical.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
        }
    }

    [Fact]
    public void GitHub_annotations_are_one_line_each_with_file_line_and_column()
    {
        var lines = Write(ReportFormat.GitHub).TrimEnd('\n').Split('\n');

        Assert.All(lines.SkipLast(1), line => Assert.Matches(@"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[a-z-]+::.+$", line));
        Assert.Contains(lines, line => line.StartsWith("::error file=schemas/replicate-create-prediction.apifox.txt,line=", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Json_says_whether_the_run_fails()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Json));
        var summary = json.RootElement.GetProperty("summary");

        Assert.True(summary.GetProperty("failed").GetBoolean());
        Assert.True(summary.GetProperty("breaking").GetInt32() > 0);
        Assert.Contains(json.RootElement.GetProperty("changes").EnumerateArray(),
            c => c.GetProperty("ruleId").GetString() == "request-property-maximum-decreased" && c.GetProperty("pointer").GetString() == "/input/num_outputs");
    }
}
