using System.Linq;
using Contracts.Tests.Harness;
using Contracts.Tests.Tool;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Diagnostics;

/// <summary>
/// A file someone named that no reader knows gets CTR1009 saying what it looks like; files of the default globs, and
/// other analyzers' files listed beside ours, stay silent.
/// </summary>
public sealed class UnrecognisedFileTests
{
    private static Diagnostic[] Findings(SchemaInput input) => GeneratorHarness.Run(new[] { input }).GeneratorDiagnostics.ToArray();

    [Theory]
    [InlineData("api/empty.json", "", "an empty file")]
    [InlineData("api/blob.json", "\0\u0001PK", "a binary file")]
    [InlineData("api/shop.json", "{\"info\": {\"title\": \"t\"}, \"paths\": {}}", "JSON with top-level members \"info\", \"paths\", but no \"openapi\" or \"swagger\" version")]
    [InlineData("api/old.json", "{\"swagger\": \"1.2\", \"apis\": []}", "\"swagger\" version other than \"2…\"")]
    [InlineData("docs/api.md", "# Shop\n\n## GET list\n\nGET /goods\n", "Markdown with HTTP operations but without the front matter of an Apifox export")]
    [InlineData("api/openapi-draft.yaml", "title: notes\nitems: []\n", "a YAML mapping with top-level keys 'title', 'items'")]
    [InlineData("api/openapi-notes.txt", "see the wiki", "text of another kind (first line: \"see the wiki\")")]
    public void A_listed_file_no_reader_knows_is_named_for_what_it_looks_like(string path, string text, string look)
    {
        var finding = Assert.Single(Findings(new SchemaInput("/repo/" + path, text)));

        Assert.Equal(("CTR1009", DiagnosticSeverity.Warning), (finding.Id, finding.Severity));
        var message = finding.GetMessage();
        Assert.Contains(look, message);
        Assert.Contains("OpenAPI 3 and Swagger 2.0 as JSON or YAML", message);
        Assert.Equal("/repo/" + path, finding.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("stylecop.json", "{\"settings\": {\"documentationRules\": {}}}")]
    [InlineData("BannedSymbols.txt", "T:System.Console;Use the logger")]
    [InlineData("README.md", "# Notes\n\nNothing here.\n")]
    public void Another_analyzers_file_listed_beside_ours_stays_silent(string path, string text)
    {
        Assert.Empty(Findings(new SchemaInput("/repo/" + path, text)));
    }

    [Fact]
    public void The_same_file_with_contracts_metadata_was_meant_for_us_and_is_reported()
    {
        var finding = Assert.Single(Findings(new SchemaInput("/repo/stylecop.json", "{\"settings\": {}}", Namespace: "Acme.Api")));

        Assert.Contains("JSON with top-level members \"settings\"", finding.GetMessage());
    }

    [Theory]
    [InlineData("notes.apifox.json", "")]
    [InlineData("tree.apifox.json", "{\"apiDetailFolder.1\": {}}")]
    [InlineData("draft.openapi.json", "{\"paths\": {}}")]
    public void Files_of_the_default_globs_stay_silent(string path, string text)
    {
        Assert.Empty(Findings(new SchemaInput("/repo/" + path, text, DefaultItem: true)));
    }

    [Fact]
    public void The_tool_reports_a_named_file_but_not_the_same_file_found_in_a_folder()
    {
        using var temp = new TempFolder();
        var file = temp.Write("schemas/api.md", "# Shop\n\n## POST create\n\nPOST /goods\n");
        var output = temp.Combine("generated");

        var named = ToolRun.Of("generate", file, "--out", output);
        var folder = ToolRun.Of("generate", temp.Combine("schemas"), "--out", output);

        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.StartsWith(file + "(1,1): warning CTR1009: 'api.md' looks like Markdown with HTTP operations", Assert.Single(named.ErrorLines));
        Assert.True(folder.ExitCode == 0, folder.ToString());
        Assert.Empty(folder.ErrorLines);
    }
}
