using System.Globalization;
using System.Linq;
using System.Text;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Emitting;

/// <summary>
/// Records of any width: every required member and every refused JSON null is tracked, past 64 members too (the bits
/// spread over one <c>ulong</c> per 64 members), and names of any length compile.
/// </summary>
public sealed class WideRecordTests
{
    private static readonly int[] Widths = { 63, 64, 65, 128, 200 };

    // A name past C#'s 512-character limit for identifiers, holding an object whose type name is built from it.
    private static readonly string LongName = new('n', 600);

    private static readonly System.Lazy<CompiledAssembly> Compiled = new(Compile);

    private static CompiledAssembly Compile()
    {
        var schemas = new StringBuilder();
        var probe = new StringBuilder("public static class Probe\n{\n");
        probe.AppendLine("    private static string Errors(global::System.Collections.Generic.IReadOnlyList<global::Contracts.ValidationError> errors) => string.Join(\",\", System.Linq.Enumerable.Select(errors, e => e.Keyword + \" \" + e.Path));");
        foreach (var width in Widths)
        {
            var w = width.ToString(CultureInfo.InvariantCulture);
            schemas.Append($"\"Req{w}\":{Record(width, required: true)},\"Opt{w}\":{Record(width, required: false)},");
            probe.AppendLine($"    public static string Req{w}(string json) => Errors(System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Wide.WideJsonContext.Default.Req{w})!.Validate());");
            probe.AppendLine($"    public static string Opt{w}(string json) => Errors(System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Wide.WideJsonContext.Default.Opt{w})!.Validate());");
            // Setting the last member through `with` ends its finding, in whichever word its bit is.
            probe.AppendLine($"    public static string Req{w}WithLast(string json) => Errors((System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Wide.WideJsonContext.Default.Req{w})! with {{ M{width - 1} = 1 }}).Validate());");
        }
        schemas.Append($"\"Long\":{{\"type\":\"object\",\"required\":[\"{LongName}\"],\"properties\":{{\"{LongName}\":{{\"type\":\"object\",\"required\":[\"{LongName}\"],\"properties\":{{\"{LongName}\":{{\"type\":\"integer\",\"maximum\":3}}}}}}}}}}");
        probe.AppendLine("    public static string Long(string json) => Errors(System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Wide.WideJsonContext.Default.Long)!.Validate());");
        probe.Append('}');
        var schema = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"w\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{" + schemas + "}}}";
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/s/wide.openapi.json", schema, "Fixtures.Wide") }, new[] { probe.ToString() });
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return run.Compile();
    }

    private static string Record(int width, bool required)
    {
        var names = Enumerable.Range(0, width).Select(i => "\"m" + i.ToString(CultureInfo.InvariantCulture) + "\"");
        var properties = string.Join(",", names.Select(n => n + ":{\"type\":\"integer\"}"));
        return "{\"type\":\"object\"," + (required ? "\"required\":[" + string.Join(",", names) + "]," : "") + "\"properties\":{" + properties + "}}";
    }

    /// <summary>A JSON object with every member m0…m(width-1) set to 1, except <paramref name="absent"/> left out and <paramref name="nulls"/> written as null.</summary>
    private static string Json(int width, int[]? absent = null, int[]? nulls = null)
    {
        var members = Enumerable.Range(0, width)
            .Where(i => absent is null || !absent.Contains(i))
            .Select(i => $"\"m{i.ToString(CultureInfo.InvariantCulture)}\":" + (nulls is not null && nulls.Contains(i) ? "null" : "1"));
        return "{" + string.Join(",", members) + "}";
    }

    public static TheoryData<int> WidthData() => new(Widths);

    [Theory]
    [MemberData(nameof(WidthData))]
    public void A_required_member_missing_at_either_end_is_reported(int width)
    {
        var method = "Req" + width.ToString(CultureInfo.InvariantCulture);
        var last = width - 1;
        Assert.Equal("", Compiled.Value.InvokeStatic("Probe", method, Json(width)));
        Assert.Equal("required /m0", Compiled.Value.InvokeStatic("Probe", method, Json(width, absent: new[] { 0 })));
        Assert.Equal($"required /m{last}", Compiled.Value.InvokeStatic("Probe", method, Json(width, absent: new[] { last })));
        Assert.Equal($"required /m0,required /m{last}", Compiled.Value.InvokeStatic("Probe", method, Json(width, absent: new[] { 0, last })));
        // JSON null where the schema refuses it counts as absent.
        Assert.Equal($"required /m{last}", Compiled.Value.InvokeStatic("Probe", method, Json(width, nulls: new[] { last })));
        // Every member missing: each one reported, in member order.
        var all = (string)Compiled.Value.InvokeStatic("Probe", method, "{}")!;
        Assert.Equal(Enumerable.Range(0, width).Select(i => "required /m" + i.ToString(CultureInfo.InvariantCulture)), all.Split(','));
        // A value given through `with` clears the member's bit.
        Assert.Equal("", Compiled.Value.InvokeStatic("Probe", method + "WithLast", Json(width, absent: new[] { last })));
    }

    [Theory]
    [MemberData(nameof(WidthData))]
    public void An_optional_member_read_as_null_at_either_end_is_reported(int width)
    {
        var method = "Opt" + width.ToString(CultureInfo.InvariantCulture);
        var last = width - 1;
        Assert.Equal("", Compiled.Value.InvokeStatic("Probe", method, "{}"));
        Assert.Equal("", Compiled.Value.InvokeStatic("Probe", method, Json(width)));
        Assert.Equal("type /m0", Compiled.Value.InvokeStatic("Probe", method, Json(width, nulls: new[] { 0 })));
        Assert.Equal($"type /m{last}", Compiled.Value.InvokeStatic("Probe", method, Json(width, nulls: new[] { last })));
        Assert.Equal($"type /m0,type /m{last}", Compiled.Value.InvokeStatic("Probe", method, Json(width, nulls: new[] { 0, last })));
    }

    [Fact]
    public void Names_longer_than_csharp_allows_are_shortened_and_still_read_and_checked()
    {
        var inner = $"{{\"{LongName}\":5}}";
        Assert.Equal($"maximum /{LongName}/{LongName}", Compiled.Value.InvokeStatic("Probe", "Long", $"{{\"{LongName}\":{inner}}}"));
        Assert.Equal($"required /{LongName}", Compiled.Value.InvokeStatic("Probe", "Long", "{}"));
    }

    [Fact]
    public void An_enum_of_thousands_of_values_compiles_and_knows_each_one()
    {
        var values = string.Join(",", Enumerable.Range(0, 5000).Select(i => "\"v" + i.ToString(CultureInfo.InvariantCulture) + "\""));
        var schema = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"e\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"Many\":{\"type\":\"string\",\"enum\":[" + values + "]},"
            + "\"Numbers\":{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\",\"enum\":[" + string.Join(",", Enumerable.Range(0, 5000)) + "]}}}}}}";
        const string Probe = """
            public static class Probe
            {
                public static string Known(string value) => new Fixtures.Many.Many(value).IsKnown ? "known" : "unknown";

                public static int Errors(int n) => new Fixtures.Many.Numbers { N = n }.Validate().Count;
            }
            """;
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/s/many.openapi.json", schema, "Fixtures.Many") }, new[] { Probe });
        using var compiled = run.Compile();

        Assert.Equal("known", compiled.InvokeStatic("Probe", "Known", "v0"));
        Assert.Equal("known", compiled.InvokeStatic("Probe", "Known", "v4999"));
        Assert.Equal("unknown", compiled.InvokeStatic("Probe", "Known", "v5000"));
        Assert.Equal(0, compiled.InvokeStatic("Probe", "Errors", 4999));
        Assert.Equal(1, compiled.InvokeStatic("Probe", "Errors", 5000));
    }

    [Fact]
    public void A_wide_record_matches_its_reviewed_snapshot()
    {
        var schema = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"w\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"Wide\":"
            + MixedRecord(68) + "}}}";
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/s/wide.openapi.json", schema, "Fixtures.Wide") });
        Snapshot.Match("Emitting/Wide.g", run.GeneratedSources.Single(p => p.Key.EndsWith(".Wide.g.cs", System.StringComparison.Ordinal)).Value);
    }

    /// <summary>The first and last members optional, the 66 between required: the required bits take a second word.</summary>
    private static string MixedRecord(int width)
    {
        var names = Enumerable.Range(0, width).Select(i => "\"m" + i.ToString(CultureInfo.InvariantCulture) + "\"").ToList();
        var required = names.Where((_, i) => i != 0 && i != width - 1);
        var properties = string.Join(",", names.Select(n => n + ":{\"type\":\"integer\"}"));
        return "{\"type\":\"object\",\"required\":[" + string.Join(",", required) + "],\"properties\":{" + properties + "}}";
    }
}
