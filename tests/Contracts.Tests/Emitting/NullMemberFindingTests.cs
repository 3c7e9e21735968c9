using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Emitting;

/// <summary>JSON null in optional members whose schema refuses null: every such member is reported, until it gets a value.</summary>
public sealed class NullMemberFindingTests
{
    private const string Schema = """{"openapi":"3.1.0","info":{"title":"n","version":"1"},"paths":{},"components":{"schemas":{"Thing":{"type":"object","properties":{"a":{"type":"integer"},"b":{"type":"string"},"c":{"type":"string"}}}}}}""";

    private const string Probe = """
        public static class Probe
        {
            private static Fixtures.Nulls.Thing Read(string json) => System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Nulls.NJsonContext.Default.Thing)!;

            private static string Errors(Fixtures.Nulls.Thing value) => string.Join(",", System.Linq.Enumerable.Select(value.Validate(), e => e.Path));

            public static string AsRead(string json) => Errors(Read(json));

            public static string WithA(string json) => Errors(Read(json) with { A = 3 });

            public static string WithNullB(string json) => Errors(Read(json) with { B = null });
        }
        """;

    [Fact]
    public void Every_member_read_as_null_is_reported_and_a_value_given_later_ends_its_finding()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/s/n.openapi.json", Schema, "Fixtures.Nulls") }, new[] { Probe });
        using var compiled = run.Compile();

        Assert.Equal("/a,/b", compiled.InvokeStatic("Probe", "AsRead", """{"a":null,"b":null,"c":"x"}"""));
        // A value through `with` ends that member's finding; the other stays.
        Assert.Equal("/b", compiled.InvokeStatic("Probe", "WithA", """{"a":null,"b":null}"""));
        // The finding lasts while the member is null: a copy cannot tell a C# null set since from the JSON null read.
        Assert.Equal("/a,/b", compiled.InvokeStatic("Probe", "WithNullB", """{"a":null,"b":null}"""));
        Assert.Equal("", compiled.InvokeStatic("Probe", "AsRead", """{"a":1,"c":"x"}"""));
    }
}
