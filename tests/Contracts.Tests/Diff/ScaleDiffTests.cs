using System.Linq;
using Contracts.Generator.Reading;
using Contracts.Tests.Scale;
using Contracts.Tool.Diff.Engine;
using Xunit;

namespace Contracts.Tests.Diff;

/// <summary>
/// Two 1,000-operation exports with a 3,000-schema reference cycle: the comparison ends, finds exactly the edits, and
/// reports a change inside the shared cycle once per place. Speed is measured by the benchmark, never asserted here.
/// </summary>
public sealed class ScaleDiffTests
{
    [Fact]
    public void A_thousand_operation_export_against_a_slightly_edited_copy_finds_exactly_the_edits()
    {
        var before = SyntheticExport.OpenApi(operations: 1000, schemas: 3000);
        var after = SyntheticEdits.Apply(before);

        var findings = ApiDiff.Compare("large.json",
            ApiDocumentReader.Read("old.json", before, default), ApiDocumentReader.Read("new.json", after, default));

        Assert.Single(findings, f => f.Rule.Id == "operation-removed");
        Assert.Single(findings, f => f.Rule.Id == "request-parameter-added-required");
        var shortened = findings.Where(f => f.Rule.Id.EndsWith("-property-max-length-decreased", System.StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shortened);
        Assert.All(shortened, f => Assert.EndsWith("/name", f.Pointer, System.StringComparison.Ordinal));
        Assert.Equal(findings.Count, shortened.Count + 2);
        // Once per place at most: never two findings for one operation's one body.
        Assert.Equal(shortened.Count, shortened.Select(f => (f.Operation, f.Place)).Distinct().Count());
        Assert.Empty(ApiDiff.Compare("large.json", ApiDocumentReader.Read("old.json", before, default), ApiDocumentReader.Read("new.json", before, default)));
    }
}
