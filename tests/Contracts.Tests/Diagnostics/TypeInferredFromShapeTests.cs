using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Diagnostics;

/// <summary>
/// A schema with "properties" but no "type" is generated as a record, which cannot hold a JSON value of another type:
/// CTR2009 says so at the keyword that made it one, rather than letting the stricter check pass for JSON Schema's.
/// </summary>
public sealed class TypeInferredFromShapeTests
{
    private const string Document = """
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
         "components": {"schemas": {
          "Untyped": {"properties": {"a": {"type": "integer"}}},
          "Typed": {"type": "object", "properties": {"a": {"type": "integer"}}},
          "Holder": {"type": "object", "properties": {"u": {"$ref": "#/components/schemas/Untyped"}, "list": {"items": {"type": "string"}}}}
         }}}
        """;

    [Fact]
    public void The_warning_points_at_the_keyword_and_the_code_still_rejects_other_types()
    {
        var run = GeneratorHarness.Run(
            new[] { new SchemaInput("/s/shapes.openapi.json", Document, "Fixtures.Shapes") },
            new[]
            {
                """
                public static class Probe
                {
                    public static string Run(string json)
                    {
                        try
                        {
                            var value = System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Shapes.ShapesJsonContext.Default.Holder)!;
                            return value.Validate().Count == 0 ? "valid" : "invalid";
                        }
                        catch (System.Text.Json.JsonException)
                        {
                            return "rejected";
                        }
                    }
                }
                """,
            });

        var warnings = run.GeneratorDiagnostics.Where(d => d.Id == DiagnosticId.TypeInferredFromShape.Code).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal("(3,15)", Position(warnings[0]));
        Assert.Equal("The schema at '/' has no \"type\", and 'properties' make it an object: a JSON value of another type is rejected, where JSON Schema would accept it", warnings[0].GetMessage());
        Assert.Equal("(5,103)", Position(warnings[1]));
        Assert.Contains("'/list' has no \"type\", and 'items' make it an array", warnings[1].GetMessage());
        using var compiled = run.Compile();
        Assert.Equal("valid", compiled.InvokeStatic("Probe", "Run", """{"u": {"a": 1}, "list": ["x"]}"""));
        Assert.Equal("rejected", compiled.InvokeStatic("Probe", "Run", """{"u": 3}"""));
    }

    private static string Position(Microsoft.CodeAnalysis.Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"({start.Line + 1},{start.Character + 1})";
    }
}
