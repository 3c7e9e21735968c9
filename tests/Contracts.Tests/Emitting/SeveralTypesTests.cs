using System.Linq;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Emitting;

/// <summary>A "type" array of two or more types is held as JsonElement, and Validate() checks the value is one of them.</summary>
public sealed class SeveralTypesTests
{
    [Fact]
    public void Validate_checks_the_json_type_against_the_listed_types()
    {
        const string IntegerOrString = """{"type":["integer","string"]}""";
        const string WithNull = """{"type":["array","object","null"]}""";
        const string NumberOrBoolean = """{"type":["integer","number","boolean"],"minimum":2}""";
        SchemaVerdicts.Assert(
            new VerdictCase(IntegerOrString, "1", true),
            new VerdictCase(IntegerOrString, "1.0", true),
            new VerdictCase(IntegerOrString, "\"x\"", true),
            new VerdictCase(IntegerOrString, "1.5", false),
            new VerdictCase(IntegerOrString, "true", false),
            new VerdictCase(IntegerOrString, "{}", false),
            new VerdictCase(IntegerOrString, "null", false),
            new VerdictCase(WithNull, "[]", true),
            new VerdictCase(WithNull, "{}", true),
            new VerdictCase(WithNull, "null", true),
            new VerdictCase(WithNull, "1", false),
            new VerdictCase(WithNull, "\"a\"", false),
            new VerdictCase(NumberOrBoolean, "2.5", true),
            new VerdictCase(NumberOrBoolean, "false", true),
            new VerdictCase(NumberOrBoolean, "1", false),
            new VerdictCase(NumberOrBoolean, "\"2\"", false));
    }

    [Fact]
    public void Items_optional_members_and_extra_members_are_checked_too()
    {
        const string Items = """{"type":"array","items":{"type":["integer","string"]}}""";
        const string Optional = """{"type":"object","properties":{"a":{"type":["integer","string"]}}}""";
        const string Extra = """{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":{"type":["boolean","string"]}}""";
        SchemaVerdicts.Assert(
            new VerdictCase(Items, """[1, "a"]""", true),
            new VerdictCase(Items, """[1, true]""", false),
            new VerdictCase(Items, """[1, null]""", false),
            new VerdictCase(Optional, """{}""", true),
            new VerdictCase(Optional, """{"a": "x"}""", true),
            new VerdictCase(Optional, """{"a": []}""", false),
            // null is not among the types, so it is not "absent" either.
            new VerdictCase(Optional, """{"a": null}""", false),
            new VerdictCase(Extra, """{"z": true}""", true),
            new VerdictCase(Extra, """{"z": 3}""", false));
    }

    [Fact]
    public void The_violation_names_the_types_and_the_value_found()
    {
        var run = GeneratorHarness.Run(
            new[] { new SchemaInput("/s/t.openapi.json", """{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"Thing":{"type":"object","required":["id"],"properties":{"id":{"type":["integer","string","null"]}}}}}}""", "Fixtures.Types") },
            new[]
            {
                """
                public static class Probe
                {
                    public static string Run(string json)
                    {
                        var value = System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Types.TJsonContext.Default.Thing)!;
                        return string.Join(";", value.Validate().Select(e => e.Path + " " + e.Keyword + " " + e.Message));
                    }
                }
                """,
                "global using System.Linq;",
            });
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("JSON type: integer or string or null.", run.GeneratedSources.Single(s => s.Key.EndsWith("Thing.g.cs")).Value);
        using var compiled = run.Compile();
        Assert.Equal("", compiled.InvokeStatic("Probe", "Run", """{"id":null}"""));
        Assert.Equal("/id type must be of type integer or string (was boolean).", compiled.InvokeStatic("Probe", "Run", """{"id":false}"""));
    }
}
