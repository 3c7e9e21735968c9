using System.Collections.Generic;
using System.Collections.Immutable;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Sdk;

namespace Contracts.Tests.HarnessTests;

public sealed class ModelPurityTests
{
    private sealed record Leaf(string Name, DiagnosticSeverity Severity, Location Where);

    private sealed record Plain(string Title, ImmutableArray<Leaf> Leaves, IReadOnlyList<int> Numbers);

    private sealed record Holder(string Name, object Payload);

    [Fact]
    public void Plain_records_are_accepted()
    {
        var model = new Plain(
            "doc",
            ImmutableArray.Create(new Leaf("a", DiagnosticSeverity.Warning, Location.None)),
            new List<int> { 1, 2 });

        ModelPurity.AssertPure(model);
        ModelPurity.AssertPure(new Plain("empty", default, new int[0]));
    }

    [Fact]
    public void A_syntax_tree_is_flagged_with_its_path()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        var model = new Holder("outer", new List<object> { new Holder("inner", tree) });

        var offenders = ModelPurity.FindRoslynValues(model, "model");

        var offender = Assert.Single(offenders);
        Assert.StartsWith("model.Payload[0].Payload:", offender);
        Assert.ThrowsAny<XunitException>(() => ModelPurity.AssertPure(model));
    }

    [Fact]
    public void A_real_location_is_flagged()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        var model = new Leaf("a", DiagnosticSeverity.Error, tree.GetRoot().GetLocation());

        Assert.Single(ModelPurity.FindRoslynValues(model));
    }
}
