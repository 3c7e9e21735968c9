using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Emitting;

/// <summary>JSON null is a value of a schema with no type: a required member given null is present, and its keywords judge it.</summary>
public sealed class UntypedNullTests
{
    [Fact]
    public void Null_in_a_required_untyped_member_is_present_and_checked_like_any_value()
    {
        SchemaVerdicts.Assert(
            new VerdictCase("""{"pattern":"^a*$"}""", "null", true),
            new VerdictCase("""{"minimum":3}""", "null", true),
            new VerdictCase("{}", "null", true),
            new VerdictCase("""{"const":null}""", "null", true),
            new VerdictCase("""{"const":null}""", "0", false),
            new VerdictCase("""{"enum":[1,"a"]}""", "null", false),
            new VerdictCase("""{"enum":[1,null]}""", "null", true));
    }

    [Fact]
    public void The_null_is_kept_and_written_back()
    {
        var run = GeneratorHarness.Run(
            new[] { new SchemaInput("/s/u.openapi.json", """{"openapi":"3.1.0","info":{"title":"u","version":"1"},"paths":{},"components":{"schemas":{"Thing":{"type":"object","required":["v"],"properties":{"v":{"description":"anything"}}}}}}""", "Fixtures.Untyped") },
            new[]
            {
                """
                public static class Probe
                {
                    public static string Run(string json)
                    {
                        var value = System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Untyped.UJsonContext.Default.Thing)!;
                        var errors = value.Validate();
                        return value.V.ValueKind + " " + errors.Count + (errors.Count == 0 ? " " + System.Text.Json.JsonSerializer.Serialize(value, Fixtures.Untyped.UJsonContext.Default.Thing) : "");
                    }
                }
                """,
            });
        using var compiled = run.Compile();
        Assert.Equal("Null 0 {\"v\":null}", compiled.InvokeStatic("Probe", "Run", """{"v":null}"""));
        Assert.Equal("Undefined 1", compiled.InvokeStatic("Probe", "Run", """{}"""));
    }

    [Fact]
    public void A_missing_required_untyped_member_is_left_out_when_written_not_a_crash()
    {
        var run = GeneratorHarness.Run(
            new[] { new SchemaInput("/s/u.openapi.json", """{"openapi":"3.1.0","info":{"title":"u","version":"1"},"paths":{},"components":{"schemas":{"Thing":{"type":"object","required":["v","w"],"properties":{"v":{"description":"anything"},"w":{"oneOf":[{"type":"string"},{"type":"integer"}]}}}}}}""", "Fixtures.Untyped") },
            new[]
            {
                """
                public static class Probe
                {
                    public static string RoundTrip(string json)
                    {
                        var value = System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Untyped.UJsonContext.Default.Thing)!;
                        return value.Validate().Count + " " + System.Text.Json.JsonSerializer.Serialize(value, Fixtures.Untyped.UJsonContext.Default.Thing);
                    }

                    public static string Unset() => System.Text.Json.JsonSerializer.Serialize(new Fixtures.Untyped.Thing { V = default, W = default }, Fixtures.Untyped.UJsonContext.Default.Thing);
                }
                """,
            });
        using var compiled = run.Compile();
        // Both required members absent: reported by Validate, and not written (there is no JSON to write).
        Assert.Equal("2 {}", compiled.InvokeStatic("Probe", "RoundTrip", "{}"));
        Assert.Equal("0 {\"v\":[1],\"w\":\"a\"}", compiled.InvokeStatic("Probe", "RoundTrip", """{"v":[1],"w":"a"}"""));
        Assert.Equal("{}", compiled.InvokeStatic("Probe", "Unset"));
    }
}
