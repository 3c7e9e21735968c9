using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading;

/// <summary>
/// Reads an Apifox documentation page (title, "MethodPOST", "Path/…", then 参数 / 请求体 / 响应 / 响应示例 each followed
/// by one JSON value). A broken block is reported and skipped; the rest is still read. Never throws except on cancellation.
/// </summary>
internal sealed class ApifoxPageReader
{
    private readonly string _filePath;
    private readonly string _text;
    private readonly TextLines _lines;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly JsonFieldReader _fields;
    private readonly SchemaConverter _schemas;
    private readonly Dictionary<PageSection, Block> _blocks = new();

    private ApifoxPageReader(string filePath, string text)
    {
        _filePath = filePath;
        _text = text;
        _lines = new TextLines(text);
        _fields = new JsonFieldReader(filePath, _diagnostics);
        _schemas = new SchemaConverter(filePath, _diagnostics);
    }

    public static ApiDocument Read(string filePath, string text, CancellationToken cancellationToken)
        => new ApifoxPageReader(filePath, text).Read(cancellationToken);

    private ApiDocument Read(CancellationToken cancellationToken)
    {
        string? title = null, method = null, path = null;
        var operationSpan = SourceSpan.None;
        var line = 0;
        while (line < _lines.Count)
        {
            int start = _lines.Start(line), end = _lines.End(line);
            PageLines.Trim(_text, ref start, ref end);
            if (start == end)
            {
                line++;
                continue;
            }
            var trimmed = _text.Substring(start, end - start);
            title ??= trimmed;
            if (method is null && PageLines.TryReadMethod(_text, start, end, out var verb))
            {
                method = verb;
            }
            else if (path is null && PageLines.TryReadPath(_text, start, end, out var route))
            {
                path = route;
                operationSpan = new SourceSpan(line, start - _lines.Start(line), line, end - _lines.Start(line));
            }
            else if (PageLines.TryReadHeading(trimmed, out var section))
            {
                cancellationToken.ThrowIfCancellationRequested();
                line = ReadBlock(line, section, trimmed);
                continue;
            }
            line++;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var parameters = _blocks.TryGetValue(PageSection.Parameters, out var parameterBlock) ? ReadParameters(parameterBlock) : new List<Parameter>();
        var body = _blocks.TryGetValue(PageSection.RequestBody, out var bodyBlock) ? ReadRequestBody(bodyBlock) : null;
        var responses = _blocks.TryGetValue(PageSection.Responses, out var responseBlock) ? ReadResponses(responseBlock) : new List<PendingResponse>();
        if (_blocks.TryGetValue(PageSection.ResponseExamples, out var exampleBlock)) ReadResponseExamples(exampleBlock, responses);

        cancellationToken.ThrowIfCancellationRequested();
        if (body is not null)
        {
            foreach (var example in body.Examples) ExampleChecker.Check(example, body.Schema, _filePath, _diagnostics);
        }
        var finished = new List<Response>(responses.Count);
        foreach (var response in responses)
        {
            foreach (var example in response.Examples) ExampleChecker.Check(example, response.Schema, _filePath, _diagnostics);
            finished.Add(new Response(response.Code, response.Name, response.Description, response.MediaType, response.Schema,
                new EquatableArray<Example>(response.Examples.ToArray()), response.Span));
        }

        var operations = EquatableArray<Operation>.Empty;
        if (method is null) Report(DiagnosticIds.MissingPart, SourceSpan.None, "Method line (e.g. MethodPOST)");
        if (path is null) Report(DiagnosticIds.MissingPart, SourceSpan.None, "Path line (e.g. Path/v1/things)");
        if (method is not null && path is not null)
        {
            var operation = new Operation(method, path, null, title, null, EquatableArray<string>.Empty,
                new EquatableArray<Parameter>(parameters.ToArray()), body, new EquatableArray<Response>(finished.ToArray()), operationSpan);
            operations = new EquatableArray<Operation>(new[] { operation });
        }
        return new ApiDocument(_filePath, SourceFormat.ApifoxPage, title ?? "", operations, new EquatableArray<DiagnosticInfo>(_diagnostics.ToArray()));
    }

    /// <summary>Parses the JSON value after a heading; returns the line to continue scanning from.</summary>
    private int ReadBlock(int headingLine, PageSection section, string heading)
    {
        var at = _lines.End(headingLine);
        while (at < _text.Length && PageLines.IsBlank(_text[at])) at++;
        // A heading word in free text, not followed by JSON, is just text.
        if (at >= _text.Length || (_text[at] != '{' && _text[at] != '[')) return headingLine + 1;

        var firstLine = _lines.LineOf(at);
        var blockText = _text.Substring(at);
        var result = LocatedJsonParser.Parse(blockText, firstLine, at - _lines.Start(firstLine), allowTrailingContent: true);
        if (result.Root is not { } root)
        {
            var error = result.Error!;
            if (error.IsTooDeep) Report(DiagnosticIds.NestingTooDeep, error.Span, heading, LocatedJsonParser.MaxDepth.ToString(CultureInfo.InvariantCulture));
            else Report(DiagnosticIds.MalformedJson, error.Span, heading, error.Message);
            return headingLine + 1;
        }
        // The first block of a kind wins; the page has one of each.
        if (!_blocks.ContainsKey(section)) _blocks.Add(section, new Block(heading, root, blockText));
        return _lines.LineOf(at + Math.Max(result.ConsumedLength - 1, 0)) + 1;
    }

    private List<Parameter> ReadParameters(Block block)
    {
        var parameters = new List<Parameter>();
        if (_fields.Object(block.Root, block.Heading) is not { } root) return parameters;
        foreach (var member in root.Members)
        {
            if (!TryLocation(member.Name, out var location)) continue;
            var path = block.Heading + "." + member.Name;
            if (_fields.Array(member.Value, path) is not { } entries) continue;
            for (var i = 0; i < entries.Items.Count; i++)
            {
                if (ReadEntry(entries.Items[i], Index(path, i)) is not { } entry) continue;
                var required = entry.Required || location == ParameterLocation.Path;
                parameters.Add(new Parameter(entry.Name, location, required, entry.Schema, entry.Description, entry.Example, entry.Span));
            }
        }
        return parameters;
    }

    /// <summary>One parameter row (also used for form fields); null when disabled or unusable.</summary>
    private ParameterEntry? ReadEntry(JsonNode node, string path)
    {
        if (_fields.Object(node, path) is not { } entry) return null;
        if (_fields.Boolean(entry.Get("enable"), path + ".enable") == false) return null;
        var nameNode = entry.Get("name");
        if (nameNode is null)
        {
            _fields.Missing(path + ".name", "a string", entry.Span);
            return null;
        }
        // Apifox keeps blank rows from its editor; they are not parameters.
        if (_fields.Text(nameNode, path + ".name") is not { } name) return null;

        var typeNode = entry.Get("type");
        var schema = ApifoxParameterTypes.ToSchema(_fields.Text(typeNode, path + ".type"), typeNode?.Span ?? entry.Span);
        var descriptionNode = _fields.String(entry.Get("description"), path + ".description");
        var example = _fields.Scalar(entry.Get("example"), path + ".example")
            ?? _fields.Scalar(entry.Get("sampleValue"), path + ".sampleValue")
            ?? _fields.Scalar(entry.Get("value"), path + ".value");
        var required = _fields.Boolean(entry.Get("required"), path + ".required") ?? false;
        var description = descriptionNode is { Value.Length: > 0 } ? descriptionNode.Value : null;
        return new ParameterEntry(name, required, schema, description, descriptionNode, example, entry.Span);
    }

    private RequestBody? ReadRequestBody(Block block)
    {
        if (_fields.Object(block.Root, block.Heading) is not { } root) return null;
        var kind = _fields.Text(root.Get("type"), block.Heading + ".type");
        if (kind is null || string.Equals(kind, "none", StringComparison.OrdinalIgnoreCase)) return null;
        var mediaType = ApifoxMediaTypes.FromContentType(kind, _fields.Text(root.Get("mediaType"), block.Heading + ".mediaType"));

        var formFields = _fields.Array(root.Get("parameters"), block.Heading + ".parameters");
        var jsonSchema = _fields.Object(root.Get("jsonSchema"), block.Heading + ".jsonSchema");
        Schema? schema = null;
        if (ApifoxMediaTypes.IsForm(mediaType) && formFields is { Items.Count: > 0 }) schema = FormSchema(formFields, block.Heading + ".parameters");
        else if (jsonSchema is not null) schema = _schemas.Convert(jsonSchema);

        var required = _fields.Boolean(root.Get("required"), block.Heading + ".required") ?? true;
        var examples = new List<Example>();
        if (_fields.Array(root.Get("examples"), block.Heading + ".examples") is { } entries)
        {
            for (var i = 0; i < entries.Items.Count; i++)
            {
                var path = Index(block.Heading + ".examples", i);
                if (_fields.Object(entries.Items[i], path) is not { } entry) continue;
                var name = _fields.Text(entry.Get("name"), path + ".name")
                    ?? _fields.Text(entry.Get("description"), path + ".description")
                    ?? DefaultExampleName(i);
                if (ReadExample(entry, "value", path, name, block) is { } example) examples.Add(example);
            }
        }
        // Older pages carry a single "example" text instead.
        if (examples.Count == 0 && ReadExample(root, "example", block.Heading, DefaultExampleName(0), block) is { } single) examples.Add(single);

        return new RequestBody(mediaType, schema, required, new EquatableArray<Example>(examples.ToArray()), root.Span);
    }

    private Schema FormSchema(JsonArrayNode fields, string path)
    {
        var properties = new List<Property>();
        for (var i = 0; i < fields.Items.Count; i++)
        {
            if (ReadEntry(fields.Items[i], Index(path, i)) is not { } entry) continue;
            var schema = _schemas.ApplyProse(entry.Schema with { Description = entry.Description }, entry.DescriptionNode);
            properties.Add(new Property(entry.Name, schema, entry.Required, entry.Span));
        }
        return new Schema { Type = SchemaType.Object, Properties = new EquatableArray<Property>(properties.ToArray()), Span = fields.Span };
    }

    private List<PendingResponse> ReadResponses(Block block)
    {
        var responses = new List<PendingResponse>();
        if (_fields.Array(block.Root, block.Heading) is not { } entries) return responses;
        for (var i = 0; i < entries.Items.Count; i++)
        {
            var path = Index(block.Heading, i);
            if (_fields.Object(entries.Items[i], path) is not { } entry) continue;
            var codeNode = entry.Get("code");
            if (codeNode is null)
            {
                _fields.Missing(path + ".code", "an integer", entry.Span);
                continue;
            }
            if (!TryStatusCode(codeNode, out var code))
            {
                _fields.WrongType(path + ".code", "an integer", codeNode);
                continue;
            }
            var mediaType = ApifoxMediaTypes.FromContentType(
                _fields.Text(entry.Get("contentType"), path + ".contentType"),
                _fields.Text(entry.Get("mediaType"), path + ".mediaType"));
            var schemaNode = _fields.Object(entry.Get("jsonSchema"), path + ".jsonSchema");
            responses.Add(new PendingResponse(
                _fields.Scalar(entry.Get("id"), path + ".id"),
                code,
                _fields.Text(entry.Get("name"), path + ".name"),
                _fields.Text(entry.Get("description"), path + ".description"),
                mediaType,
                schemaNode is null ? null : _schemas.Convert(schemaNode),
                entry.Span));
        }
        return responses;
    }

    private void ReadResponseExamples(Block block, List<PendingResponse> responses)
    {
        if (_fields.Array(block.Root, block.Heading) is not { } entries) return;
        for (var i = 0; i < entries.Items.Count; i++)
        {
            var path = Index(block.Heading, i);
            if (_fields.Object(entries.Items[i], path) is not { } entry) continue;
            var name = _fields.Text(entry.Get("name"), path + ".name") ?? DefaultExampleName(i);
            if (ReadExample(entry, "data", path, name, block) is not { } example) continue;

            // responseId is a number while responses[].id may be a string: compare as text.
            var idNode = entry.Get("responseId");
            var responseId = _fields.Scalar(idNode, path + ".responseId");
            var target = responseId is null ? null : responses.Find(r => string.Equals(r.Id, responseId, StringComparison.Ordinal));
            if (target is null)
            {
                Report(DiagnosticIds.WrongJsonType, idNode?.Span ?? entry.Span, path + ".responseId", "the id of a response", responseId ?? "missing");
                continue;
            }
            target.Examples.Add(example);
        }
    }

    /// <summary>An example's JSON text: a string holding JSON (the usual form), or an inline JSON value taken verbatim.</summary>
    private Example? ReadExample(JsonObjectNode owner, string field, string path, string name, Block block)
    {
        var node = owner.Get(field);
        switch (node)
        {
            case null:
                return null;
            case JsonStringNode text:
                // An empty example is Apifox's "none given", not a broken example.
                return text.Value.Trim().Length == 0 ? null : new Example(name, text.Value, text.Span);
            case JsonObjectNode or JsonArrayNode:
                return new Example(name, block.Text.Substring(node.Start, node.End - node.Start), node.Span);
            default:
                _fields.WrongType(path + "." + field, "a string", node);
                return null;
        }
    }

    private static bool TryStatusCode(JsonNode node, out int code)
    {
        code = 0;
        return node is JsonNumberNode number
            && NumericText.TryIntegerLiteral(number.Literal, out var integer)
            && int.TryParse(integer, NumberStyles.Integer, CultureInfo.InvariantCulture, out code);
    }

    private static bool TryLocation(string name, out ParameterLocation location)
    {
        switch (name)
        {
            case "path": location = ParameterLocation.Path; return true;
            case "query": location = ParameterLocation.Query; return true;
            case "header": location = ParameterLocation.Header; return true;
            case "cookie": location = ParameterLocation.Cookie; return true;
            default: location = default; return false;
        }
    }

    private static string DefaultExampleName(int index) => "example " + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private void Report(string id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _filePath, span, arguments));

    /// <summary>A parsed section; <see cref="Text"/> is what node offsets index into.</summary>
    private sealed record Block(string Heading, JsonNode Root, string Text);

    private sealed record ParameterEntry(string Name, bool Required, Schema Schema, string? Description, JsonStringNode? DescriptionNode, string? Example, SourceSpan Span);

    /// <summary>A response before its examples are attached.</summary>
    private sealed record PendingResponse(string? Id, int Code, string? Name, string? Description, string MediaType, Schema? Schema, SourceSpan Span)
    {
        public List<Example> Examples { get; } = new();
    }
}
