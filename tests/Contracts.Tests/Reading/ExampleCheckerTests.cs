using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Generator.Reading.Json;
using Xunit;

namespace Contracts.Tests.Reading;

public sealed class ExampleCheckerTests
{
    private const string Schema = """
        {"type": "object", "required": ["id"], "properties": {
          "id": {"type": "integer"},
          "n": {"type": "integer", "description": "最小值:1,最大值:8"},
          "kind": {"type": "string", "enum": ["a", "b"]},
          "tags": {"type": "array", "items": {"type": "string", "minLength": 2}},
          "input": {"type": "object", "properties": {"x": {"type": "number"}}},
          "free": {"type": "null"},
          "closed": {"type": "object", "additionalProperties": false, "properties": {}}
        }}
        """;

    [Theory]
    [InlineData("{\"id\": 1, \"n\": 8, \"kind\": \"a\", \"tags\": [\"ab\"], \"input\": {\"x\": 1.5}, \"free\": {\"any\": 1}}", null, null)]
    [InlineData("{\"id\": 1.0}", null, null)]
    [InlineData("{\"n\": 1}", nameof(DiagnosticId.ExampleMismatch), "/: required property 'id' is missing")]
    [InlineData("{\"id\": \"1\"}", nameof(DiagnosticId.ExampleMismatch), "/id: expected integer, found string")]
    [InlineData("{\"id\": 1.5}", nameof(DiagnosticId.ExampleMismatch), "/id: expected integer, found number 1.5")]
    [InlineData("{\"id\": null}", nameof(DiagnosticId.ExampleMismatch), "/id: expected integer, found null")]
    [InlineData("{\"id\": 1, \"n\": 9}", nameof(DiagnosticId.ExampleMismatch), "/n: 9 is greater than the maximum 8")]
    [InlineData("{\"id\": 1, \"kind\": \"c\"}", nameof(DiagnosticId.ExampleMismatch), "/kind: \"c\" is not one of \"a\", \"b\"")]
    [InlineData("{\"id\": 1, \"tags\": [\"ab\", \"c\"]}", nameof(DiagnosticId.ExampleMismatch), "/tags/1: the string is shorter than 2 characters")]
    [InlineData("{\"id\": 1, \"closed\": {\"z\": 1}}", nameof(DiagnosticId.ExampleMismatch), "/closed/z: property 'z' is not allowed")]
    [InlineData("{\"id\": 1, \"input\": {\"x\": 1, \"y/z\": 2}, \"extra\": 3}", nameof(DiagnosticId.ExampleUndeclaredMember), "/input/y~1z")]
    [InlineData("{\"extra\": 3}", nameof(DiagnosticId.ExampleMismatch), "/: required property 'id' is missing")]
    [InlineData("{\"id\": 1,", nameof(DiagnosticId.ExampleNotJson), null)]
    public void Reports_the_first_problem(string json, string? name, string? detail)
    {
        var diagnostics = Check(json);

        if (name is null)
        {
            Assert.Empty(diagnostics);
            return;
        }
        var diagnostic = Assert.Single(diagnostics);
        Assert.Same(typeof(DiagnosticId).GetField(name)!.GetValue(null), diagnostic.Id);
        Assert.Equal("ex", diagnostic.Arguments[0]);
        if (detail is not null) Assert.Equal(detail, diagnostic.Arguments[1]);
        Assert.Equal(new SourceSpan(3, 4, 3, 9), diagnostic.Span);
    }

    private static List<DiagnosticInfo> Check(string json)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var schema = new SchemaConverter("s", diagnostics).Convert(LocatedJsonParser.Parse(Schema).Root!);
        diagnostics.Clear();
        ExampleChecker.Check(new Example("ex", json, new SourceSpan(3, 4, 3, 9)), schema, "s", diagnostics);
        return diagnostics;
    }
}
