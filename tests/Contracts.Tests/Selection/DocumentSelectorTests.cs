using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Generator.Selection;
using Xunit;

namespace Contracts.Tests.Selection;

/// <summary>Which operations and named schemas a selection keeps, and what it reports.</summary>
public sealed class DocumentSelectorTests
{
    private static ApiDocument Select(string? include, string? exclude = null, string? keep = null)
        => DocumentSelector.Apply(ApiDocumentReader.Read(SelectionFixture.Path, SelectionFixture.Text, default)!, OperationSelection.Parse(include, exclude, keep));

    private static string[] Ids(ApiDocument document) => document.Operations.Select(o => o.OperationId!).ToArray();

    private static string[] SchemaNames(ApiDocument document) => document.Schemas.Select(s => s.Name).ToArray();

    private static string[] Unmatched(ApiDocument document)
        => document.Diagnostics.Where(d => d.Id == DiagnosticId.SelectionMatchesNothing).Select(d => d.Arguments[0] + " " + d.Arguments[1]).ToArray();

    [Fact]
    public void No_filter_keeps_the_document_as_read()
    {
        var read = ApiDocumentReader.Read(SelectionFixture.Path, SelectionFixture.Text, default)!;

        Assert.Same(read, DocumentSelector.Apply(read, OperationSelection.Parse(" ", null, ";")));
    }

    [Theory]
    [InlineData("用户/**", new[] { "getUser" })]
    [InlineData("用户", new[] { "getUser" })]
    [InlineData("orders", new[] { "createOrder", "listOrderItems" })]
    [InlineData("folder:orders/*", new[] { "listOrderItems" })]
    [InlineData("tag:billing", new[] { "createOrder" })]
    [InlineData("billing", new[] { "createOrder" })]
    [InlineData("/orders/**", new[] { "createOrder", "listOrderItems" })]
    [InlineData("/orders/*/items", new[] { "listOrderItems" })]
    [InlineData("GET /orders/**", new[] { "listOrderItems" })]
    [InlineData("path:users/*", new[] { "getUser" })]
    [InlineData("id:get*", new[] { "getUser" })]
    [InlineData("getUser;createOrder", new[] { "getUser", "createOrder" })]
    [InlineData("getUser|createOrder", new[] { "getUser", "createOrder" })]
    public void Include_patterns_match_folders_tags_paths_and_ids(string include, string[] expected)
    {
        var selected = Select(include);

        Assert.Equal(expected, Ids(selected));
        Assert.Empty(Unmatched(selected));
    }

    [Fact]
    public void Exclude_wins_over_include_and_alone_keeps_the_rest()
    {
        Assert.Equal(new[] { "createOrder" }, Ids(Select("orders", exclude: "orders/items")));
        Assert.Equal(new[] { "getUser", "createOrder" }, Ids(Select(null, exclude: "listOrderItems")));
    }

    [Fact]
    public void Only_named_schemas_reached_from_kept_operations_are_kept_through_cycles()
    {
        Assert.Equal(new[] { "User" }, SchemaNames(Select("getUser")));
        // Item is reached from the response, Order through Item's back reference (a cycle).
        Assert.Equal(new[] { "Order", "Item" }, SchemaNames(Select("listOrderItems")));
        Assert.Equal(new[] { "User", "Order", "Item" }, SchemaNames(Select(null, exclude: "nothing-at-all")));
    }

    [Fact]
    public void Keep_schemas_adds_named_schemas_by_name_or_glob()
    {
        Assert.Equal(new[] { "User", "Audit" }, SchemaNames(Select("getUser", keep: "Aud*")));
    }

    [Fact]
    public void Findings_inside_what_is_left_out_are_dropped_and_kept_ones_stay()
    {
        // Audit's "not" (an unsupported keyword) is a finding about a schema no selected operation uses.
        var all = ApiDocumentReader.Read(SelectionFixture.Path, SelectionFixture.Text, default)!;
        var auditFindings = all.Diagnostics.Where(d => d.Id == DiagnosticId.UnsupportedKeyword).ToList();
        Assert.NotEmpty(auditFindings);

        Assert.DoesNotContain(Select("getUser").Diagnostics, d => auditFindings.Contains(d));
        Assert.Contains(Select("getUser", keep: "Audit").Diagnostics, d => auditFindings.Contains(d));
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_reported_with_its_metadata_name()
    {
        var selected = Select("getUser;getUsr", exclude: "orderz", keep: "Adit");

        Assert.Equal(new[] { "ContractsKeepSchemas Adit", "ContractsInclude getUsr", "ContractsExclude orderz" }, Unmatched(selected));
        var finding = selected.Diagnostics.First(d => d.Id == DiagnosticId.SelectionMatchesNothing);
        Assert.Equal(SelectionFixture.Path, finding.FilePath);
        Assert.Equal("CTR4005", finding.Id.ToDescriptor().Id);
    }
}
