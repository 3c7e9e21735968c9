using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Emitting;

/// <summary>
/// Validation as runtime calls (one per member and keyword group, chained when every check is a call) reports what the
/// statements did: the same keywords, limits as the schema writes them, JSON Pointers, and order; a missing required
/// member is reported once, its keywords waiting until it is present.
/// </summary>
public sealed class CompactValidationTests
{
    private const string Schema = """
        {"openapi":"3.1.0","info":{"title":"c","version":"1"},"paths":{},"components":{"schemas":{
          "Thing":{"type":"object","required":["count","name","kind","status","level"],"additionalProperties":false,"properties":{
            "count":{"type":"integer","minimum":1,"maximum":8},
            "name":{"type":"string","minLength":2},
            "kind":{"type":"string","enum":["a","b"]},
            "status":{"type":"string","const":"ok"},
            "level":{"type":"integer","minimum":3,"default":4},
            "ratio":{"type":"number","exclusiveMinimum":0,"maximum":1.50},
            "tags":{"type":"array","maxItems":2,"items":{"type":"string","minLength":1}},
            "parts":{"type":"array","items":{"$ref":"#/components/schemas/Part"}},
            "byName":{"type":"object","additionalProperties":{"$ref":"#/components/schemas/Part"}}}},
          "Part":{"type":"object","required":["size"],"properties":{"size":{"type":"integer","maximum":9},"label":{"type":"string","pattern":"^[a-z]+$"}}},
          "Plain":{"type":"object","properties":{"note":{"type":"string"}}}}}}
        """;

    private const string Probe = """
        public static class Probe
        {
            private static string Errors(global::System.Collections.Generic.IReadOnlyList<global::Contracts.ValidationError> errors)
                => string.Join(" | ", System.Linq.Enumerable.Select(errors, e => e.Path + " " + e.Keyword + (e.Limit is null ? "" : " " + e.Limit) + (e.Actual is null ? "" : " " + e.Actual)));

            public static string Thing(string json) => Errors(System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Compact.CJsonContext.Default.Thing)!.Validate());

            public static string Plain(string json) => Errors(System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Compact.CJsonContext.Default.Plain)!.Validate());
        }
        """;

    private static readonly System.Lazy<CompiledAssembly> Compiled = new(() =>
        GeneratorHarness.Run(new[] { new SchemaInput("/s/c.openapi.json", Schema, "Fixtures.Compact") }, new[] { Probe }).Compile());

    [Fact]
    public void A_valid_value_has_no_findings()
    {
        Assert.Equal("", Compiled.Value.InvokeStatic("Probe", "Thing",
            """{"count":8,"name":"xy","kind":"a","status":"ok","level":3,"ratio":1.5,"tags":["a","b"],"parts":[{"size":9,"label":"ab"}],"byName":{"p":{"size":1}}}"""));
        Assert.Equal("", Compiled.Value.InvokeStatic("Probe", "Plain", """{"note":"x"}"""));
    }

    [Fact]
    public void Every_finding_is_reported_in_member_order_with_the_schema_limits()
    {
        var json = """{"name":"x","kind":"c","status":"no","ratio":0,"tags":["","a","b"],"parts":[{"size":10,"label":"A"},null],"byName":{"a/b":{"label":"x"}},"extra":1}""";
        Assert.Equal(
            "/count required | /name minLength 2 1 | /kind enum [\"a\",\"b\"] \"c\" | /status const \"ok\" \"no\" | /level required | "
            + "/ratio exclusiveMinimum 0 0 | /tags maxItems 2 3 | /tags/0 minLength 1 0 | /parts/0/size maximum 9 10 | /parts/0/label pattern ^[a-z]+$ \"A\" | "
            + "/parts/1 type null | /byName/a~1b/size required | /extra additionalProperties false",
            Compiled.Value.InvokeStatic("Probe", "Thing", json));
    }

    [Fact]
    public void A_present_member_gets_its_keywords_and_limits_keep_the_schema_text()
    {
        // count below its minimum; level present, so its minimum applies; ratio above 1.50, written as the schema writes it.
        Assert.Equal("/count minimum 1 0 | /level minimum 3 2 | /ratio maximum 1.50 1.6",
            Compiled.Value.InvokeStatic("Probe", "Thing", """{"count":0,"name":"xy","kind":"b","status":"ok","level":2,"ratio":1.6}"""));
        // A required member read as null counts as missing.
        Assert.Equal("/count maximum 8 9 | /name required",
            Compiled.Value.InvokeStatic("Probe", "Thing", """{"count":9,"name":null,"kind":"b","status":"ok","level":3}"""));
    }
}
