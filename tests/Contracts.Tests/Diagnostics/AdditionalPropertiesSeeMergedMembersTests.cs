using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Tests.Harness;
using Xunit;

namespace Contracts.Tests.Diagnostics;

/// <summary>
/// allOf is one record, so additionalProperties beside it admits the parts' members (the usual intent of a closed,
/// composed object); JSON Schema would call them additional. CTR2011 says so at the additionalProperties keyword.
/// </summary>
public sealed class AdditionalPropertiesSeeMergedMembersTests
{
    private const string Document = """
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
         "components": {"schemas": {
          "Named": {"type": "object", "properties": {"name": {"type": "string"}}},
          "Pet": {"type": "object", "allOf": [{"$ref": "#/components/schemas/Named"}], "properties": {"age": {"type": "integer"}},
                  "additionalProperties": false}
         }}}
        """;

    [Fact]
    public void The_warning_names_the_members_and_the_merged_record_admits_them_but_nothing_else()
    {
        var run = GeneratorHarness.Run(
            new[] { new SchemaInput("/s/pets.openapi.json", Document, "Fixtures.Merged") },
            new[]
            {
                """
                public static class Probe
                {
                    public static string Run(string json)
                    {
                        var value = System.Text.Json.JsonSerializer.Deserialize(json, Fixtures.Merged.PetsJsonContext.Default.Pet)!;
                        return string.Join(",", value.Validate().Select(e => e.Path + " " + e.Keyword));
                    }
                }
                """,
                "global using System.Linq;",
            });

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticId.AdditionalPropertiesSeeMergedMembers.Code);
        Assert.Equal(5, warning.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(11, warning.Location.GetLineSpan().StartLinePosition.Character + 1);
        Assert.Equal("This additionalProperties at '/' applies to the members merged from allOf, so it lets 'name' through, which JSON Schema would hold to it", warning.GetMessage());
        using var compiled = run.Compile();
        Assert.Equal("", compiled.InvokeStatic("Probe", "Run", """{"name": "Rex", "age": 3}"""));
        Assert.Equal("/color additionalProperties", compiled.InvokeStatic("Probe", "Run", """{"name": "Rex", "color": "red"}"""));
    }
}
