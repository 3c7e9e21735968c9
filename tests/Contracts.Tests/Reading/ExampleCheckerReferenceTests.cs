using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Xunit;

namespace Contracts.Tests.Reading;

public sealed class ExampleCheckerReferenceTests
{
    private const string Components = """
        {"Node": {"type": "object", "required": ["value"], "properties": {"value": {"type": "integer"}, "next": {"$ref": "#/components/schemas/Node", "nullable": true}}},
         "Loop": {"$ref": "#/components/schemas/Loop"},
         "Expr": {"anyOf": [{"$ref": "#/components/schemas/Expr"}, {"type": "array", "items": {"$ref": "#/components/schemas/Expr"}}, {"type": "number"}]},
         "Cat": {"type": "object", "required": ["kind", "purrs"], "properties": {"kind": {"type": "string"}, "purrs": {"type": "boolean"}}},
         "Dog": {"type": "object", "required": ["kind", "barks"], "properties": {"kind": {"type": "string"}, "barks": {"type": "boolean"}}},
         "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}], "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}}},
         "Id": {"oneOf": [{"type": "string", "minLength": 3}, {"type": "integer", "minimum": 1}]}}
        """;

    [Theory]
    [InlineData("Node", """{"value": 1, "next": {"value": 2, "next": null}}""", null)]
    [InlineData("Node", """{"value": 1, "next": {"value": "2"}}""", "/next/value: expected integer, found string")]
    [InlineData("Node", """{"value": 1, "next": {"next": null}}""", "/next: required property 'value' is missing")]
    [InlineData("Id", "\"abc\"", null)]
    [InlineData("Id", "7", null)]
    [InlineData("Id", "\"ab\"", "/: matches none of the 2 alternatives")]
    [InlineData("Pet", """{"kind": "cat", "purrs": true}""", null)]
    [InlineData("Pet", """{"kind": "dog", "purrs": true}""", "/: required property 'barks' is missing")]
    [InlineData("Pet", """{"kind": "fox"}""", "/kind: \"fox\" is not a known discriminator value")]
    [InlineData("Pet", """{"purrs": true}""", "/: the discriminator property 'kind' is missing or not a string")]
    public void References_and_alternatives_are_followed(string name, string json, string? mismatch)
    {
        var diagnostics = Check(name, json);

        if (mismatch is null)
        {
            Assert.Empty(diagnostics);
            return;
        }
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.ExampleMismatch, diagnostic.Id);
        Assert.Equal(mismatch, diagnostic.Arguments[1]);
    }

    [Theory]
    [InlineData("Loop", "1")]
    [InlineData("Expr", "[[1, [2, [3]]], 4]")]
    [InlineData("Expr", "\"not an expression\"")]
    public void Self_referencing_schemas_terminate(string name, string json)
    {
        // Loop refers only to itself and Expr's first alternative is itself: neither may recurse forever.
        _ = Check(name, json);
    }

    [Fact]
    public void Without_a_lookup_a_reference_accepts_anything()
    {
        var diagnostics = new List<DiagnosticInfo>();

        ExampleChecker.Check(new Example("ex", "{\"x\": 1}", SourceSpan.None), new Schema { Reference = "Node" }, "s", diagnostics);

        Assert.Empty(diagnostics);
    }

    private static List<DiagnosticInfo> Check(string name, string json)
    {
        var fixture = new NamedSchemaFixture(Components);
        var schema = fixture.Named(name);
        var diagnostics = new List<DiagnosticInfo>();
        ExampleChecker.Check(new Example("ex", json, SourceSpan.None), schema, "s", diagnostics, fixture.Registry.GetSchema);
        return diagnostics;
    }
}
