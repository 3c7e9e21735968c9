using System.Linq;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Analysis;

/// <summary>CTR6001 for const (numbers, strings, booleans) and for the values of numeric enums, which have no type of their own.</summary>
public sealed class EqualityLimitTests
{
    private const string Document = """
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
         "components": {"schemas": {
          "Job": {"type": "object", "properties": {
           "version": {"type": "integer", "const": 2},
           "kind": {"type": "string", "const": "render"},
           "strict": {"type": "boolean", "const": true},
           "priority": {"type": "integer", "enum": [1, 2, 4]},
           "offset": {"type": "integer", "format": "int64", "enum": [-1, 0, 1]},
           "scale": {"type": "number", "enum": [0.5, 1, 2.5]}
          }}
         }}}
        """;

    private static SchemaInput[] Schemas() => new[] { new SchemaInput("/s/jobs.openapi.json", Document, "Fixtures.Jobs") };

    [Fact]
    public void A_constant_other_than_the_const_or_outside_a_numeric_enum_is_reported()
    {
        var diagnostics = AnalyzerRun.Diagnostics(Schemas(), """
            using Fixtures.Jobs;
            public static class Consumer
            {
                public static Job[] Make() => new[]
                {
                    new Job { Version = 3 },
                    new Job { Kind = "draft" },
                    new Job { Strict = false },
                    new Job { Priority = 3 },
                    new Job { Offset = -2 },
                    new Job { Scale = 1.5 },
                    new Job() with { Priority = 8 },
                };
            }
            """);

        Assert.Equal(new[] { "3", "\"draft\"", "false", "3", "-2", "1.5", "8" }, diagnostics.Select(AnalyzerRun.Marked));
        var messages = diagnostics.Select(d => d.GetMessage()).ToList();
        Assert.Equal("Version = 3 breaks the only value allowed, 2 (VersionConst), from the schema's const; Validate() would reject it", messages[0]);
        Assert.Equal("Kind = \"draft\" breaks the only value allowed, \"render\" (KindConst), from the schema's const; Validate() would reject it", messages[1]);
        Assert.Equal("Strict = false breaks the only value allowed, true (StrictConst), from the schema's const; Validate() would reject it", messages[2]);
        Assert.Equal("Priority = 3 breaks the values the schema lists (1, 2, 4) (PriorityAllowedValues), from the schema's enum; Validate() would reject it", messages[3]);
        Assert.Equal("Offset = -2 breaks the values the schema lists (-1, 0, 1) (OffsetAllowedValues), from the schema's enum; Validate() would reject it", messages[4]);
        Assert.Equal("Scale = 1.5 breaks the values the schema lists (0.5, 1, 2.5) (ScaleAllowedValues), from the schema's enum; Validate() would reject it", messages[5]);
        // The only value is the obvious fix; a list has none.
        Assert.True(diagnostics[0].Properties.ContainsKey(Contracts.Generator.Analysis.LimitAnalyzer.NearestLimitProperty));
        Assert.False(diagnostics[3].Properties.ContainsKey(Contracts.Generator.Analysis.LimitAnalyzer.NearestLimitProperty));
    }

    [Fact]
    public void The_allowed_values_and_non_constants_pass()
    {
        var diagnostics = AnalyzerRun.Diagnostics(Schemas(), """
            using Fixtures.Jobs;
            public static class Consumer
            {
                public static Job[] Make(int chosen) => new[]
                {
                    new Job { Version = 2, Kind = "render", Strict = true, Priority = 4, Offset = -1, Scale = 2.5 },
                    new Job { Version = Job.VersionConst, Priority = 1, Offset = 0L, Scale = 1 },
                    new Job { Version = chosen, Priority = chosen },
                };
            }
            """);

        Assert.Empty(diagnostics);
    }
}
