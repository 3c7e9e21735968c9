using System;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Xunit;
using static Contracts.Tests.Reading.ReadingFixtures;

namespace Contracts.Tests.Reading;

public sealed class ApifoxPageReaderTests
{
    private const string Parameters = "{\"header\":[{\"name\":\"X-Key\",\"type\":\"string\"}]}";
    private const string Body = "{\"type\":\"application/json\",\"jsonSchema\":{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"}}}}";
    private const string Responses = "[{\"id\":1,\"code\":200,\"contentType\":\"json\",\"jsonSchema\":{\"type\":\"object\"}}]";
    private const string ResponseExamples = "[{\"name\":\"ok\",\"responseId\":\"1\",\"data\":\"{}\"}]";

    // '@' marks where the reader must fail, after Chinese text on the same line.
    private const string BrokenObject = "{\n  \"说明\": \"中文\", @\n}";
    private const string BrokenArray = "[\n  {\"说明\": \"中文\"}, @\n]";

    [Theory]
    [InlineData("参数")]
    [InlineData("请求体")]
    [InlineData("响应")]
    [InlineData("响应示例")]
    public void Malformed_json_is_reported_where_it_breaks_and_the_other_sections_are_still_read(string broken)
    {
        string Section(string heading, string json) => heading == broken ? (json.StartsWith("[") ? BrokenArray : BrokenObject) : json;
        var text = Page(("参数", Section("参数", Parameters)), ("请求体", Section("请求体", Body)), ("响应", Section("响应", Responses)), ("响应示例", Section("响应示例", ResponseExamples)));

        var document = ReadPage(text);

        var error = Assert.Single(document.Diagnostics, d => d.Id == DiagnosticId.MalformedJson);
        Assert.Equal(broken + " block", error.Arguments[0]);
        Assert.Equal(LineAndColumn(text, text.IndexOf('@')), (error.Span.StartLine, error.Span.StartColumn));
        var operation = Assert.Single(document.Operations);
        Assert.Equal(broken == "参数" ? 0 : 1, operation.Parameters.Count);
        Assert.Equal(broken == "请求体", operation.RequestBody is null);
        Assert.Equal(broken == "响应" ? 0 : 1, operation.Responses.Count);
        if (broken != "响应") Assert.Equal(broken == "响应示例" ? 0 : 1, operation.Responses[0].Examples.Count);
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_reported_and_skipped()
    {
        var text = Page(
            ("参数", "{\"header\": 5, \"query\": [{\"name\": \"q\", \"enable\": \"yes\"}, 7]}"),
            ("响应", "[{\"id\": 1, \"code\": \"abc\"}, {\"id\": 2, \"code\": 201, \"name\": 3}]"));

        var document = ReadPage(text);

        Assert.Equal(
            new[]
            {
                "参数.header|an array|a number",
                "参数.query[0].enable|a boolean|a string",
                "参数.query[1]|an object|a number",
                "响应[0].code|an integer|a string",
                "响应[1].name|a string|a number",
            },
            document.Diagnostics.Select(d => string.Join("|", d.Arguments)));
        Assert.All(document.Diagnostics, d => Assert.Equal(DiagnosticId.WrongJsonType, d.Id));
        Assert.Equal(LineAndColumn(text, text.IndexOf("5,", StringComparison.Ordinal)), (document.Diagnostics[0].Span.StartLine, document.Diagnostics[0].Span.StartColumn));
        var operation = document.Operations[0];
        Assert.Equal("q", Assert.Single(operation.Parameters).Name);
        var response = Assert.Single(operation.Responses);
        Assert.Equal(201, response.StatusCode);
        Assert.Null(response.Name);
    }

    [Fact]
    public void Reads_parameters_with_their_fallbacks()
    {
        var text = Page(("参数", """
            {
              "path": [{"name": "id", "value": 1}],
              "query": [
                {"name": "limit", "type": "integer", "required": true, "example": "20", "description": "每页数量"},
                {"name": "off", "enable": false},
                {"name": "", "type": "string"}
              ],
              "cookie": [{"name": "session", "sampleValue": "", "example": "abc"}]
            }
            """));

        var parameters = ReadPage(text).Operations[0].Parameters;

        Assert.Equal(new[] { "id", "limit", "session" }, parameters.Select(p => p.Name));
        Assert.Equal(new[] { ParameterLocation.Path, ParameterLocation.Query, ParameterLocation.Cookie }, parameters.Select(p => p.In));
        Assert.True(parameters[0].Required);
        Assert.Equal("1", parameters[0].Example);
        Assert.Equal(SchemaType.String, parameters[0].Schema.Type);
        Assert.Equal(SchemaType.Integer, parameters[1].Schema.Type);
        Assert.Equal("每页数量", parameters[1].Description);
        Assert.Equal("abc", parameters[2].Example);
    }

    [Fact]
    public void Form_bodies_become_object_schemas_and_none_means_no_body()
    {
        var form = ReadPage(Page(("请求体", """
            {"type": "multipart/form-data", "parameters": [
              {"name": "file", "type": "file", "required": true},
              {"name": "n", "type": "integer", "description": "数量。默认值:2"}
            ]}
            """)));
        var none = ReadPage(Page(("请求体", "{\"type\": \"none\", \"parameters\": []}")));

        var body = form.Operations[0].RequestBody!;
        Assert.Equal("multipart/form-data", body.MediaType);
        Assert.Equal(SchemaType.Object, body.Schema!.Type);
        Assert.Equal(new SchemaType[] { SchemaType.String, SchemaType.Integer }, body.Schema.Properties.Select(p => p.Schema.Type));
        Assert.Equal("binary", body.Schema.Properties[0].Schema.Format);
        Assert.True(body.Schema.Properties[0].Required);
        Assert.Equal("2", body.Schema.Properties[1].Schema.Default);
        Assert.Null(none.Operations[0].RequestBody);
    }

    [Fact]
    public void Names_examples_and_maps_response_content_types()
    {
        var document = ReadPage(Page(
            ("请求体", """{"type": "application/json", "examples": [{"value": "{}", "name": "named"}, {"value": "{}", "description": "described"}, {"value": "{}"}, {"value": ""}]}"""),
            ("响应", """[{"id": "7", "code": 200, "contentType": "xml"}, {"id": 8, "code": 404, "contentType": "other", "mediaType": "application/problem+json", "jsonSchema": {}}]"""),
            ("响应示例", """[{"responseId": 7, "data": "<a/>"}, {"responseId": 9, "data": "{}"}]""")));

        var operation = document.Operations[0];
        Assert.Equal(new[] { "named", "described", "example 3" }, operation.RequestBody!.Examples.Select(e => e.Name));
        Assert.Equal("application/xml", operation.Responses[0].MediaType);
        Assert.Null(operation.Responses[0].Schema);
        Assert.Equal("application/problem+json", operation.Responses[1].MediaType);
        Assert.Equal(new Schema { Span = operation.Responses[1].Schema!.Span }, operation.Responses[1].Schema);
        Assert.Equal("example 1", Assert.Single(operation.Responses[0].Examples).Name);
        var unmatched = Assert.Single(document.Diagnostics, d => d.Id == DiagnosticId.WrongJsonType);
        Assert.Equal(new[] { "响应示例[1].responseId", "the id of a response", "9" }, unmatched.Arguments);
        // The XML example is checked against no schema, so only its JSON-ness matters.
        Assert.Contains(document.Diagnostics, d => d.Id == DiagnosticId.ExampleNotJson && d.Arguments[0] == "example 1");
    }

    [Fact]
    public void Missing_method_or_path_is_an_error_and_yields_no_operation()
    {
        var document = ReadPage("Title\n\nPath/v1/things\n\n请求体\n\n" + Body);

        Assert.Empty(document.Operations);
        var missing = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticId.MissingPart, missing.Id);
        Assert.Contains("Method", missing.Arguments[0]);
    }

    [Fact]
    public void Nesting_too_deep_is_its_own_diagnostic()
    {
        var deep = "{\"type\":\"application/json\",\"jsonSchema\":" + new string('[', 300) + new string(']', 300) + "}";

        var document = ReadPage(Page(("请求体", deep), ("响应", Responses)));

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticId.NestingTooDeep, diagnostic.Id);
        Assert.Equal(new[] { "请求体 block", "256" }, diagnostic.Arguments);
        Assert.Single(document.Operations[0].Responses);
    }

    [Fact]
    public void English_headings_are_recognised()
    {
        var document = ReadPage(Page(("Parameters", Parameters), ("REQUEST BODY", Body), ("Responses", Responses), ("Response Examples", ResponseExamples)));

        var operation = document.Operations[0];
        Assert.Single(operation.Parameters);
        Assert.NotNull(operation.RequestBody);
        Assert.Single(Assert.Single(operation.Responses).Examples);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var source = new System.Threading.CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Contracts.Generator.Reading.ApifoxPageReader.Read("p", SeedText, source.Token));
    }

    internal static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, index - lineStart);
    }
}
