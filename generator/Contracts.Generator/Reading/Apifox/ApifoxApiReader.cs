using System;
using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>
/// Reads Apifox's endpoint ("api") object: parameters, requestBody, responses and responseExamples. Pages print these
/// sections one by one and exports nest them in one object, so both readers share this. Bad fields are reported and skipped.
/// </summary>
internal sealed class ApifoxApiReader
{
    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly JsonFieldReader _fields;
    private readonly SchemaConverter _schemas;
    private readonly Func<string, Schema?>? _namedSchema;

    /// <param name="namedSchema">Looks up named schemas so examples are checked through references; null where there are none.</param>
    public ApifoxApiReader(string filePath, List<DiagnosticInfo> diagnostics, SchemaConverter schemas, Func<string, Schema?>? namedSchema = null)
    {
        _filePath = filePath;
        _diagnostics = diagnostics;
        _fields = new JsonFieldReader(filePath, diagnostics);
        _schemas = schemas;
        _namedSchema = namedSchema;
    }

    /// <summary>
    /// A whole api object as an operation; null (reported) when it has no usable method or path.
    /// <paramref name="summary"/> is the name shown in Apifox's tree; the api's own "name" is the fallback.
    /// </summary>
    public Operation? ReadOperation(JsonNode node, string label, string text, EquatableArray<string> folder, string? summary)
    {
        if (_fields.Object(node, label) is not { } api) return null;
        var method = Method(api, label);
        var pathNode = _fields.String(api.Get("path"), label + ".path");
        if (api.Get("path") is null) _fields.Missing(label + ".path", "a path", api.Span);
        else if (pathNode is { Value.Length: 0 }) Report(DiagnosticId.WrongJsonType, pathNode.Span, label + ".path", "a path", "empty");
        if (method is null || pathNode is not { Value.Length: > 0 }) return null;

        var status = _fields.Text(api.Get("status"), label + ".status");
        var parts = Read(
            Section(api, "parameters", label, text),
            Section(api, "requestBody", label, text),
            Section(api, "responses", label, text),
            Section(api, "responseExamples", label, text));
        return new Operation(
            method,
            pathNode.Value,
            _fields.Text(api.Get("operationId"), label + ".operationId"),
            summary ?? _fields.Text(api.Get("name"), label + ".name"),
            _fields.Text(api.Get("description"), label + ".description"),
            folder,
            parts.Parameters,
            parts.RequestBody,
            parts.Responses,
            pathNode.Span)
        {
            Status = status,
            Deprecated = Operation.IsDeprecatedStatus(status),
        };
    }

    /// <summary>The upper-case method, or null (reported) when it is missing or not an HTTP method.</summary>
    private string? Method(JsonObjectNode api, string label)
    {
        var node = api.Get("method");
        if (node is null)
        {
            _fields.Missing(label + ".method", HttpMethodText.Expected, api.Span);
            return null;
        }
        if (_fields.String(node, label + ".method") is not { } text) return null;
        if (HttpMethodText.TryNormalize(text.Value, out var method)) return method;
        Report(DiagnosticId.WrongJsonType, text.Span, label + ".method", HttpMethodText.Expected, "\"" + text.Value + "\"");
        return null;
    }

    /// <summary>Reads the sections that are present (null = absent) and checks every example against its schema.</summary>
    public ApifoxOperationParts Read(ApifoxSection? parameters, ApifoxSection? requestBody, ApifoxSection? responses, ApifoxSection? responseExamples)
    {
        var parameterList = parameters is null ? new List<Parameter>() : ReadParameters(parameters);
        var body = requestBody is null ? null : ReadRequestBody(requestBody);
        var pending = responses is null ? new List<ApifoxPendingResponse>() : ReadResponses(responses);
        if (responseExamples is not null) ReadResponseExamples(responseExamples, pending);

        if (body is not null)
        {
            foreach (var example in body.Examples) ExampleChecker.Check(example, body.Schema, _filePath, _diagnostics, _namedSchema);
        }
        var finished = new Response[pending.Count];
        for (var i = 0; i < pending.Count; i++)
        {
            var response = pending[i];
            foreach (var example in response.Examples) ExampleChecker.Check(example, response.Schema, _filePath, _diagnostics, _namedSchema);
            finished[i] = new Response(response.Code, response.Name, response.Description, response.MediaType, response.Schema,
                new EquatableArray<Example>(response.Examples.ToArray()), response.Span);
        }
        return new ApifoxOperationParts(new EquatableArray<Parameter>(parameterList.ToArray()), body, new EquatableArray<Response>(finished));
    }

    private static ApifoxSection? Section(JsonObjectNode api, string name, string label, string text)
        => api.Get(name) is { } node ? new ApifoxSection(label + "." + name, node, text) : null;

    private List<Parameter> ReadParameters(ApifoxSection section)
    {
        var parameters = new List<Parameter>();
        if (_fields.Object(section.Root, section.Label) is not { } root) return parameters;
        foreach (var member in root.Members)
        {
            if (!TryLocation(member.Name, out var location)) continue;
            var path = section.Label + "." + member.Name;
            if (_fields.Array(member.Value, path) is not { } entries) continue;
            for (var i = 0; i < entries.Items.Count; i++)
            {
                if (ReadEntry(entries.Items[i], Index(path, i)) is not { } entry) continue;
                if (location == ParameterLocation.Header && ReservedHeaders.Contains(entry.Name)) continue;
                var required = entry.Required || location == ParameterLocation.Path;
                // Limits written only in the description hold for the value, as they do for a form field.
                var schema = _schemas.ApplyProse(entry.Schema, entry.DescriptionNode);
                parameters.Add(new Parameter(entry.Name, location, required, schema, entry.Description, entry.Example, entry.Span));
            }
        }
        return parameters;
    }

    /// <summary>One parameter row (also used for form fields); null when disabled or unusable.</summary>
    private ApifoxParameterEntry? ReadEntry(JsonNode node, string path)
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

        var descriptionNode = _fields.String(entry.Get("description"), path + ".description");
        var example = Example(entry.Get("example"), path + ".example")
            ?? _fields.Scalar(entry.Get("sampleValue"), path + ".sampleValue")
            ?? _fields.Scalar(entry.Get("value"), path + ".value");
        var required = _fields.Boolean(entry.Get("required"), path + ".required") ?? false;
        var description = descriptionNode is { Value.Length: > 0 } ? descriptionNode.Value : null;
        return new ApifoxParameterEntry(name, required, EntrySchema(entry, path), description, descriptionNode, example, entry.Span);
    }

    /// <summary>Newer exports give a row a JSON schema; older ones only a "type" name.</summary>
    private Schema EntrySchema(JsonObjectNode entry, string path)
    {
        if (_fields.Object(entry.Get("schema"), path + ".schema") is { } schema) return _schemas.Convert(schema);
        var typeNode = entry.Get("type");
        return ApifoxParameterTypes.ToSchema(_fields.Text(typeNode, path + ".type"), typeNode?.Span ?? entry.Span);
    }

    /// <summary>A row's example; newer exports give a repeatable query parameter a list of values, of which the first is kept.</summary>
    private string? Example(JsonNode? node, string path)
        => node is JsonArrayNode list
            ? list.Items.Count == 0 ? null : _fields.Scalar(list.Items[0], Index(path, 0))
            : _fields.Scalar(node, path);

    private RequestBody? ReadRequestBody(ApifoxSection section)
    {
        var label = section.Label;
        if (_fields.Object(section.Root, label) is not { } root) return null;
        var kind = _fields.Text(root.Get("type"), label + ".type");
        if (kind is null || string.Equals(kind, "none", StringComparison.OrdinalIgnoreCase)) return null;
        var mediaType = ApifoxMediaTypes.FromContentType(kind, _fields.Text(root.Get("mediaType"), label + ".mediaType"));

        var formFields = _fields.Array(root.Get("parameters"), label + ".parameters");
        var jsonSchema = _fields.Object(root.Get("jsonSchema"), label + ".jsonSchema");
        Schema? schema = null;
        if (FormMediaTypes.IsForm(mediaType) && formFields is { Items.Count: > 0 }) schema = FormSchema(formFields, label + ".parameters");
        else if (jsonSchema is not null) schema = _schemas.Convert(jsonSchema);

        var required = _fields.Boolean(root.Get("required"), label + ".required") ?? true;
        var examples = new List<Example>();
        if (_fields.Array(root.Get("examples"), label + ".examples") is { } entries)
        {
            for (var i = 0; i < entries.Items.Count; i++)
            {
                var path = Index(label + ".examples", i);
                if (_fields.Object(entries.Items[i], path) is not { } entry) continue;
                // A JSON sample left behind on a form body describes another encoding; it cannot be checked against this one.
                var exampleMediaType = _fields.Text(entry.Get("mediaType"), path + ".mediaType");
                if (exampleMediaType is not null && !SameMediaType(exampleMediaType, mediaType)) continue;
                var name = _fields.Text(entry.Get("name"), path + ".name")
                    ?? _fields.Text(entry.Get("description"), path + ".description")
                    ?? DefaultExampleName(i);
                if (ReadExample(entry, "value", path, name, section.Text) is { } example) examples.Add(example);
            }
        }
        // Older files carry a single "example" text instead.
        if (examples.Count == 0 && ReadExample(root, "example", label, DefaultExampleName(0), section.Text) is { } single) examples.Add(single);

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

    private List<ApifoxPendingResponse> ReadResponses(ApifoxSection section)
    {
        var responses = new List<ApifoxPendingResponse>();
        if (_fields.Array(section.Root, section.Label) is not { } entries) return responses;
        for (var i = 0; i < entries.Items.Count; i++)
        {
            var path = Index(section.Label, i);
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
            responses.Add(new ApifoxPendingResponse(
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

    private void ReadResponseExamples(ApifoxSection section, List<ApifoxPendingResponse> responses)
    {
        if (_fields.Array(section.Root, section.Label) is not { } entries) return;
        // The first response with an id wins, as a lookup in document order would find it.
        var byId = new Dictionary<string, ApifoxPendingResponse>(StringComparer.Ordinal);
        foreach (var response in responses)
        {
            if (response.Id is not null && !byId.ContainsKey(response.Id)) byId.Add(response.Id, response);
        }
        for (var i = 0; i < entries.Items.Count; i++)
        {
            var path = Index(section.Label, i);
            if (_fields.Object(entries.Items[i], path) is not { } entry) continue;
            var name = _fields.Text(entry.Get("name"), path + ".name") ?? DefaultExampleName(i);
            if (ReadExample(entry, "data", path, name, section.Text) is not { } example) continue;

            // responseId is a number while responses[].id may be a string: compare as text.
            var idNode = entry.Get("responseId");
            var responseId = _fields.Scalar(idNode, path + ".responseId");
            if (responseId is null || !byId.TryGetValue(responseId, out var target))
            {
                Report(DiagnosticId.WrongJsonType, idNode?.Span ?? entry.Span, path + ".responseId", "the id of a response", responseId ?? "missing");
                continue;
            }
            target.Examples.Add(example);
        }
    }

    /// <summary>An example's JSON text: a string holding JSON (the usual form), or an inline JSON value taken verbatim.</summary>
    private Example? ReadExample(JsonObjectNode owner, string field, string path, string name, string text)
    {
        var node = owner.Get(field);
        switch (node)
        {
            case null:
                return null;
            case JsonStringNode value:
                // An empty example is Apifox's "none given", not a broken example.
                return value.Value.Trim().Length == 0 ? null : new Example(name, value.Value, value.Span);
            case JsonObjectNode or JsonArrayNode:
                return new Example(name, text.Substring(node.Start, node.End - node.Start), node.Span);
            default:
                _fields.WrongType(path + "." + field, "a string", node);
                return null;
        }
    }

    /// <summary>Compares media types without their parameters ("; charset=utf-8").</summary>
    private static bool SameMediaType(string left, string right)
        => string.Equals(WithoutParameters(left), WithoutParameters(right), StringComparison.OrdinalIgnoreCase);

    private static string WithoutParameters(string mediaType)
    {
        var cut = mediaType.IndexOf(';');
        return (cut < 0 ? mediaType : mediaType.Substring(0, cut)).Trim();
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

    private void Report(DiagnosticId id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _filePath, span, arguments));
}
