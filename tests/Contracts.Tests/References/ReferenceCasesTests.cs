using System;
using System.Linq;
using System.Text.Json;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Reading;
using Contracts.Tests.Diff;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.References;

/// <summary>
/// The same "$ref" cases through every user of references: the build (the generated member's type), the example
/// checker (an example that breaks the target's maximum) and <c>contracts diff</c> (a lowered maximum in the target).
/// Each must see the target exactly when the case resolves, so they cannot disagree about one reference.
/// </summary>
public sealed class ReferenceCasesTests
{
    [Theory]
    [MemberData(nameof(ReferenceCases.Theory), MemberType = typeof(ReferenceCases))]
    public void The_build_types_the_member_as_the_target_only_when_it_resolves(ReferenceCase @case)
    {
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/" + ReferenceCases.FileName(@case), ReferenceCases.Document(@case), "Refs", "RefsClient") });
        using var compiled = run.Compile();

        var member = compiled.Assembly.GetTypes()
            .Select(t => t.GetProperty("V"))
            .Single(p => p is not null)!;
        var type = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;

        Assert.Equal(@case.Resolves, type != typeof(JsonElement));
        if (@case.Resolves) Assert.NotNull(type.GetProperty("N"));
    }

    [Theory]
    [MemberData(nameof(ReferenceCases.Theory), MemberType = typeof(ReferenceCases))]
    public void The_example_checker_holds_the_example_to_the_target_only_when_it_resolves(ReferenceCase @case)
    {
        var document = ApiDocumentReader.Read(ReferenceCases.FileName(@case), ReferenceCases.Document(@case), default)!;

        var mismatch = document.Diagnostics.Where(d => d.Id == DiagnosticId.ExampleMismatch).ToList();

        Assert.Equal(@case.Resolves, mismatch.Count == 1);
        if (@case.Resolves) Assert.Equal("/v/n: 7 is greater than the maximum 5", mismatch[0].Arguments[1]);
    }

    [Theory]
    [MemberData(nameof(ReferenceCases.Theory), MemberType = typeof(ReferenceCases))]
    public void The_diff_sees_the_target_change_only_when_it_resolves(ReferenceCase @case)
    {
        var findings = TestApi.Compare(ReferenceCases.Document(@case, maximum: 5), ReferenceCases.Document(@case, maximum: 3));

        var lowered = findings.Where(f => f.Rule.Id == "request-property-maximum-decreased").ToList();

        Assert.Equal(@case.Resolves, lowered.Count == 1);
        if (@case.Resolves) Assert.Equal("/v/n", lowered[0].Pointer);
    }

    [Fact]
    public void Every_case_has_its_own_name() => ReferenceCases.AssertCasesAreDistinct();
}
