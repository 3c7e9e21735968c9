using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Diagnostics;

/// <summary>A default that breaks its own schema is reported at the default (CTR2010) and not applied; one that fits still is.</summary>
public sealed class DefaultBreaksSchemaTests
{
    private const string Document = """
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
         "components": {"schemas": {"Settings": {"type": "object", "properties": {
          "name": {"type": "string", "minLength": 4, "default": "bad"},
          "steps": {"type": "integer", "maximum": 3, "default": 5},
          "size": {"type": "integer", "maximum": 3, "default": 2}
         }}}}}
        """;

    [Fact]
    public void The_broken_default_is_reported_where_it_is_written_and_the_member_stays_absent()
    {
        var run = GeneratorHarness.Run(
            new[] { new SchemaInput("/s/defaults.openapi.json", Document, "Fixtures.Defaults") },
            new[]
            {
                """
                public static class Probe
                {
                    public static string Run(string json)
                    {
                        var value = System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Defaults.DefaultsJsonContext.Default.Settings)!;
                        return (value.Name ?? "-") + " " + (value.Steps?.ToString() ?? "-") + " " + value.Size + " " + value.Validate().Count;
                    }
                }
                """,
            });

        var warnings = run.GeneratorDiagnostics.Where(d => d.Id == DiagnosticId.DefaultBreaksSchema.Code).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal("(3,57)", Position(warnings[0]));
        Assert.Equal("The default \"bad\" does not fit its own schema (/: the string is shorter than 4 characters); it is not applied", warnings[0].GetMessage());
        Assert.Equal("(4,57)", Position(warnings[1]));
        using var compiled = run.Compile();
        Assert.Equal("- - 2 0", compiled.InvokeStatic("Probe", "Run", "{}"));
        Assert.Equal("good 3 1 0", compiled.InvokeStatic("Probe", "Run", """{"name": "good", "steps": 3, "size": 1}"""));
    }

    private static string Position(Microsoft.CodeAnalysis.Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"({start.Line + 1},{start.Character + 1})";
    }
}
