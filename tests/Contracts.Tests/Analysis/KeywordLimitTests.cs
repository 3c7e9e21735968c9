using System.Linq;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Analysis;

/// <summary>CTR6001 for every kind of limit a keyword states: ranges (inclusive and exclusive), lengths and pattern.</summary>
public sealed class KeywordLimitTests
{
    private const string Document = """
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
         "components": {"schemas": {
          "Order": {"type": "object", "properties": {
           "quantity": {"type": "integer", "minimum": 1, "maximum": 100},
           "ratio": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
           "price": {"type": "number", "format": "double", "minimum": -10.5},
           "big": {"type": "integer", "format": "int64", "maximum": 9007199254740993},
           "code": {"type": "string", "minLength": 2, "maxLength": 3, "pattern": "^[A-Z]+$"},
           "mode": {"$ref": "#/components/schemas/Mode"}
          }},
          "Mode": {"type": "string", "enum": ["fast", "slow"]}
         }}}
        """;

    private static SchemaInput[] Schemas() => new[] { new SchemaInput("/s/orders.openapi.json", Document, "Fixtures.Orders") };

    [Fact]
    public void Each_keyword_is_checked_and_named_as_the_schema_s()
    {
        var diagnostics = AnalyzerRun.Diagnostics(Schemas(), """
            using Fixtures.Orders;
            public static class Consumer
            {
                public static Order[] Make() => new[]
                {
                    new Order { Quantity = 0 },
                    new Order { Quantity = 101 },
                    new Order { Ratio = 0 },
                    new Order { Ratio = 1.0 },
                    new Order { Price = -10.75 },
                    new Order { Big = 9007199254740994 },
                    new Order { Code = "A" },
                    new Order { Code = "ABCD" },
                    new Order { Code = "ab" },
                    new Order { Mode = "medium" },
                };
            }
            """);

        Assert.Equal(new[] { "0", "101", "0", "1.0", "-10.75", "9007199254740994", "\"A\"", "\"ABCD\"", "\"ab\"", "\"medium\"" }, diagnostics.Select(AnalyzerRun.Marked));
        var messages = diagnostics.Select(d => d.GetMessage()).ToList();
        Assert.Equal("Quantity = 0 breaks the minimum 1 (QuantityMinimum), from the schema's minimum; Validate() would reject it", messages[0]);
        Assert.Equal("Quantity = 101 breaks the maximum 100 (QuantityMaximum), from the schema's maximum; Validate() would reject it", messages[1]);
        Assert.Equal("Ratio = 0 breaks the exclusive minimum 0 (it must be greater) (RatioExclusiveMinimum), from the schema's exclusiveMinimum; Validate() would reject it", messages[2]);
        Assert.Equal("Ratio = 1 breaks the exclusive maximum 1 (it must be less) (RatioExclusiveMaximum), from the schema's exclusiveMaximum; Validate() would reject it", messages[3]);
        Assert.Equal("Price = -10.75 breaks the minimum -10.5 (PriceMinimum), from the schema's minimum; Validate() would reject it", messages[4]);
        Assert.Equal("Code = \"A\" breaks the minimum length of 2 code points (CodeMinLength), from the schema's minLength; Validate() would reject it", messages[6]);
        Assert.Equal("Code = \"ABCD\" breaks the maximum length of 3 code points (CodeMaxLength), from the schema's maxLength; Validate() would reject it", messages[7]);
        Assert.Equal("Code = \"ab\" breaks the pattern \"^[A-Z]+$\" (CodePattern), from the schema's pattern; Validate() would reject it", messages[8]);
        Assert.StartsWith("Mode = \"medium\" breaks the values the schema lists (\"fast\", \"slow\")", messages[9]);
    }

    [Fact]
    public void Values_on_the_limits_and_within_them_pass_and_length_counts_code_points()
    {
        var diagnostics = AnalyzerRun.Diagnostics(Schemas(), """
            using Fixtures.Orders;
            public static class Consumer
            {
                public static Order[] Make() => new[]
                {
                    new Order { Quantity = 1, Ratio = 0.5, Price = -10.5, Big = 9007199254740993, Code = "AB", Mode = "fast" },
                    new Order { Quantity = 100, Ratio = 0.999, Code = "XYZ", Mode = Mode.Slow },
                    new Order { Quantity = (int)100L, Price = 1e3 },
                };
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_generated_member_that_is_validated_at_run_time_rejects_what_the_analyzer_reports()
    {
        // The analyzer and Validate() agree: every reported value fails validation once the code runs.
        var run = GeneratorHarness.Run(Schemas(), new[]
        {
            """
            using Fixtures.Orders;
            public static class Probe
            {
                public static int Failures() => new Order { Quantity = 0 }.Validate().Count + new Order { Code = "ab" }.Validate().Count + new Order { Ratio = 1.0 }.Validate().Count;
            }
            """,
        });
        using var compiled = run.Compile();
        Assert.Equal(3, compiled.InvokeStatic("Probe", "Failures"));
    }
}
