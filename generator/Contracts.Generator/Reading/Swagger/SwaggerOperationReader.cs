using System;
using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;
using Contracts.Generator.Reading.OpenApi;

namespace Contracts.Generator.Reading.Swagger;

/// <summary>
/// Reads one Swagger 2.0 operation into the same model as OpenAPI 3: query, path, header parameters as parameters, the
/// "body" parameter as a request body, "formData" parameters as one form body, and responses with their schemas.
/// </summary>
internal sealed class SwaggerOperationReader
{
    private const string FormDataLocation = "formData";
    private const string BodyLocation = "body";

    // Parameter fields that are not schema keywords: left out when a parameter object is read as its own schema.
    private static readonly HashSet<string> ParameterOnlyFields = new(StringComparer.Ordinal)
    {
        "name", "in", "required", "collectionFormat", "allowEmptyValue", "x-example", "x-examples", "example", "schema",
    };

    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly JsonFieldReader _fields;
    private readonly SchemaConverter _schemas;
    private readonly SwaggerShared _parameters;
    private readonly SwaggerShared _responses;
    private readonly Func<string, Schema?> _namedSchema;
    private readonly MediaTypes _documentMedia;

    public SwaggerOperationReader(string filePath, List<DiagnosticInfo> diagnostics, JsonFieldReader fields, SchemaConverter schemas,
        SwaggerShared parameters, SwaggerShared responses, Func<string, Schema?> namedSchema, MediaTypes documentMedia)
    {
        _filePath = filePath;
        _diagnostics = diagnostics;
        _fields = fields;
        _schemas = schemas;
        _parameters = parameters;
        _responses = responses;
        _namedSchema = namedSchema;
        _documentMedia = documentMedia;
    }

    /// <summary>The consumes and produces lists in force (an operation's own replace the document's).</summary>
    internal sealed record MediaTypes(List<string>? Consumes, List<string>? Produces);

    public static MediaTypes ReadMediaTypes(JsonFieldReader fields, JsonObjectNode owner, string pointer, MediaTypes? inherited)
        => new(ReadList(fields, owner.Get("consumes"), pointer + "/consumes") ?? inherited?.Consumes, ReadList(fields, owner.Get("produces"), pointer + "/produces") ?? inherited?.Produces);

    /// <summary>The resolved parameter objects of a path item or operation after <paramref name="inherited"/>; a later one replaces an earlier one with the same name and location.</summary>
    public List<(JsonObjectNode Entry, string Pointer)> ResolveParameters(JsonNode? node, string pointer, List<(JsonObjectNode Entry, string Pointer)>? inherited)
    {
        var merged = inherited is null ? new List<(JsonObjectNode, string)>() : new List<(JsonObjectNode, string)>(inherited);
        if (_fields.Array(node, pointer) is not { } entries) return merged;
        for (var i = 0; i < entries.Items.Count; i++)
        {
            var itemPointer = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
            if (_parameters.Resolve(entries.Items[i], itemPointer) is not { } entry) continue;
            var identity = IdentityOf(entry);
            var at = identity is null ? -1 : merged.FindIndex(p => IdentityOf(p.Item1) == identity);
            if (at >= 0) merged[at] = (entry, itemPointer);
            else merged.Add((entry, itemPointer));
        }
        return merged;
    }

    public Operation Read(string method, string path, JsonObjectNode operation, List<(JsonObjectNode Entry, string Pointer)> shared, string pointer, SourceSpan span)
    {
        var media = ReadMediaTypes(_fields, operation, pointer, _documentMedia);
        var all = ResolveParameters(operation.Get("parameters"), pointer + "/parameters", shared);
        var parameters = new List<Parameter>();
        var formFields = new List<(JsonObjectNode Entry, string Pointer, string Name)>();
        RequestBody? body = null;
        foreach (var (entry, entryPointer) in all)
        {
            var name = _fields.String(entry.Get("name"), entryPointer + "/name");
            var location = _fields.String(entry.Get("in"), entryPointer + "/in");
            if (name is null || location is null)
            {
                if (entry.Get("name") is null) _fields.Missing(entryPointer + "/name", "a string", entry.Span);
                if (entry.Get("in") is null) _fields.Missing(entryPointer + "/in", "a string", entry.Span);
                continue;
            }
            switch (location.Value)
            {
                case BodyLocation:
                    body = ReadBody(entry, entryPointer, media);
                    break;
                case FormDataLocation:
                    formFields.Add((entry, entryPointer, name.Value));
                    break;
                default:
                    if (!OpenApiOperationReader.TryLocation(location.Value, out var place))
                    {
                        Report(DiagnosticId.WrongJsonType, location.Span, entryPointer + "/in", "body, formData, path, query or header", JsonCompactWriter.Quote(location.Value));
                        break;
                    }
                    // The client sets these headers itself, as for OpenAPI 3.
                    if (place == ParameterLocation.Header && ReservedHeaders.Contains(name.Value)) break;
                    parameters.Add(ReadParameter(entry, entryPointer, name.Value, place));
                    break;
            }
        }
        // A body and form fields together break Swagger 2.0's rules; the body is the one kept.
        if (body is null && formFields.Count > 0) body = ReadForm(formFields, media);

        var responses = _fields.Object(operation.Get("responses"), pointer + "/responses") is { } map
            ? ReadResponses(map, pointer + "/responses", media)
            : new List<Response>();
        var summary = _fields.Text(operation.Get("summary"), pointer + "/summary")
            ?? _fields.Text(operation.Get("x-apifox-name"), pointer + "/x-apifox-name");
        var status = _fields.Text(operation.Get("x-apifox-status"), pointer + "/x-apifox-status");
        return new Operation(
            method,
            path,
            _fields.Text(operation.Get("operationId"), pointer + "/operationId"),
            summary,
            _fields.Text(operation.Get("description"), pointer + "/description"),
            OpenApiOperationReader.ReadFolder(_fields, operation, pointer),
            parameters.ToEquatableArray(),
            body,
            responses.ToEquatableArray(),
            span)
        {
            Tags = OpenApiOperationReader.ReadTags(_fields, operation, pointer),
            Status = status,
            Deprecated = (_fields.Boolean(operation.Get("deprecated"), pointer + "/deprecated") ?? false) || Operation.IsDeprecatedStatus(status),
        };
    }

    private Parameter ReadParameter(JsonObjectNode entry, string pointer, string name, ParameterLocation location)
    {
        // Swagger's collectionFormat is OpenAPI 3's style and explode; csv, the default, is form (query) or simple (path, header).
        string? style = null;
        bool? explode = null;
        var formatNode = entry.Get("collectionFormat") as JsonStringNode;
        if (entry.Get("type") is JsonStringNode { Value: "array" })
        {
            switch (formatNode?.Value ?? "csv")
            {
                case "csv":
                    explode = false;
                    break;
                case "multi":
                    explode = true;
                    break;
                case "ssv":
                    (style, explode) = ("spaceDelimited", false);
                    break;
                case "pipes":
                    (style, explode) = ("pipeDelimited", false);
                    break;
                default:
                    // tsv has no OpenAPI 3 style: the items are sent comma-separated.
                    Report(DiagnosticId.UnsupportedKeyword, formatNode!.Span, "collectionFormat " + formatNode.Value, pointer);
                    explode = false;
                    break;
            }
        }
        var schema = _schemas.Convert(AsSchema(entry));
        var example = entry.Get("x-example") ?? entry.Get("example");
        var required = location == ParameterLocation.Path || (_fields.Boolean(entry.Get("required"), pointer + "/required") ?? false);
        return new Parameter(
            name,
            location,
            required,
            schema,
            _fields.Text(entry.Get("description"), pointer + "/description"),
            example is null ? null : OpenApiOperationReader.ParameterText(example),
            entry.Span)
        {
            Style = style,
            StyleSpan = formatNode?.Span ?? SourceSpan.None,
            Explode = explode,
        };
    }

    private RequestBody ReadBody(JsonObjectNode entry, string pointer, MediaTypes media)
    {
        var schemaNode = entry.Get("schema");
        if (schemaNode is null) _fields.Missing(pointer + "/schema", "a schema", entry.Span);
        var schema = schemaNode is null ? null : _schemas.Convert(schemaNode);
        var mediaType = Choose(media.Consumes, static kind => !FormMediaTypes.IsForm(kind)) ?? ApifoxMediaTypes.Json;
        var examples = new List<Example>();
        if (_fields.Object(entry.Get("x-examples"), pointer + "/x-examples") is { } map)
        {
            foreach (var member in DistinctMembers.Of(map)) AddExample(examples, member.Name, member.Value, schema);
        }
        if (examples.Count == 0 && entry.Get("x-example") is { } one) AddExample(examples, OpenApiExamples.DefaultName, one, schema);
        if (examples.Count == 0 && schemaNode is JsonObjectNode inline && inline.Get("example") is { } own) AddExample(examples, OpenApiExamples.DefaultName, own, schema);
        var required = _fields.Boolean(entry.Get("required"), pointer + "/required") ?? false;
        return new RequestBody(mediaType, schema, required, examples.ToEquatableArray(), entry.Span);
    }

    /// <summary>formData parameters as the members of one form body: multipart when a field is a file or the operation consumes multipart.</summary>
    private RequestBody ReadForm(List<(JsonObjectNode Entry, string Pointer, string Name)> fields, MediaTypes media)
    {
        var properties = new List<Property>();
        var anyRequired = false;
        var anyFile = false;
        foreach (var (entry, pointer, name) in fields)
        {
            var required = _fields.Boolean(entry.Get("required"), pointer + "/required") ?? false;
            anyRequired |= required;
            anyFile |= entry.Get("type") is JsonStringNode { Value: "file" };
            properties.Add(new Property(name, _schemas.Convert(AsSchema(entry), "/" + name), required, entry.Span));
        }
        var declared = Choose(media.Consumes, FormMediaTypes.IsForm);
        var mediaType = anyFile || declared is null
            ? (anyFile ? ApifoxMediaTypes.MultipartForm : ApifoxMediaTypes.UrlEncodedForm)
            : declared;
        var span = fields[0].Entry.Span;
        var schema = new Schema { Type = SchemaType.Object, Properties = properties.ToEquatableArray(), Span = span };
        return new RequestBody(mediaType, schema, anyRequired, EquatableArray<Example>.Empty, span);
    }

    private List<Response> ReadResponses(JsonObjectNode map, string pointer, MediaTypes media)
    {
        var responses = new List<Response>();
        foreach (var member in DistinctMembers.Of(map))
        {
            if (OpenApiReader.IsExtension(member.Name)) continue;
            var responsePointer = JsonPointer.Append(pointer, member.Name);
            // Swagger 2.0 has no ranges; a "2XX" is read as OpenAPI 3 reads it.
            if (!StatusCodeKey.TryParse(member.Name, out var code, out var isRange))
            {
                Report(DiagnosticId.WrongJsonType, member.NameSpan, responsePointer, "a status code key (200 or default)", JsonCompactWriter.Quote(member.Name));
                continue;
            }
            if (_responses.Resolve(member.Value, responsePointer) is not { } response) continue;
            var name = _fields.Text(response.Get("x-apifox-name"), responsePointer + "/x-apifox-name");
            var description = _fields.Text(response.Get("description"), responsePointer + "/description");
            var schemaNode = response.Get("schema");
            if (schemaNode is null)
            {
                // No schema (e.g. springfox's 201/401/403/404): no media type and no body, as for OpenAPI 3 without content.
                responses.Add(new Response(code, name, description, "", null, EquatableArray<Example>.Empty, member.Value.Span) { IsRange = isRange });
                continue;
            }
            if (schemaNode is JsonObjectNode file && file.Get("type") is JsonStringNode { Value: "file" })
            {
                // A download: the body is the file's bytes, in whatever non-JSON type the operation produces.
                var fileType = Choose(media.Produces, static kind => kind.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0 && kind != "*/*") ?? "application/octet-stream";
                responses.Add(new Response(code, name, description, fileType, null, EquatableArray<Example>.Empty, member.Value.Span));
                continue;
            }
            var schema = _schemas.Convert(schemaNode);
            var mediaType = Choose(media.Produces, static _ => true) ?? ApifoxMediaTypes.Json;
            var examples = new List<Example>();
            if (_fields.Object(response.Get("examples"), responsePointer + "/examples") is { } byMediaType)
            {
                foreach (var example in DistinctMembers.Of(byMediaType)) AddExample(examples, example.Name, example.Value, schema);
            }
            if (examples.Count == 0 && schemaNode is JsonObjectNode inline && inline.Get("example") is { } own) AddExample(examples, OpenApiExamples.DefaultName, own, schema);
            responses.Add(new Response(code, name, description, mediaType, schema, examples.ToEquatableArray(), member.Value.Span) { IsRange = isRange });
        }
        return responses;
    }

    private void AddExample(List<Example> examples, string name, JsonNode value, Schema? schema)
    {
        // An empty string is Apifox's "no example".
        if (value is JsonStringNode { Value.Length: 0 }) return;
        var example = new Example(name, OpenApiOperationReader.ExampleText(value, schema), value.Span);
        ExampleChecker.Check(example, schema, _filePath, _diagnostics, _namedSchema);
        examples.Add(example);
    }

    /// <summary>
    /// A non-body parameter read as its own schema: the parameter fields dropped, and Swagger's "file" type made a binary
    /// string (a file part of a form). Members keep their places, so findings point into the parameter.
    /// </summary>
    private static JsonObjectNode AsSchema(JsonObjectNode entry)
    {
        var members = new List<JsonMember>(entry.Members.Count);
        foreach (var member in entry.Members)
        {
            if (ParameterOnlyFields.Contains(member.Name)) continue;
            if (member.Name == "type" && member.Value is JsonStringNode { Value: "file" } file)
            {
                members.Add(new JsonMember("type", member.NameSpan, new JsonStringNode("string", false, file.Span, file.Start, file.End)));
                members.Add(new JsonMember("format", member.NameSpan, new JsonStringNode("binary", false, file.Span, file.Start, file.End)));
                continue;
            }
            members.Add(member);
        }
        return new JsonObjectNode(members, entry.Span, entry.Start, entry.End);
    }

    private static List<string>? ReadList(JsonFieldReader fields, JsonNode? node, string pointer)
    {
        if (fields.Array(node, pointer) is not { } array) return null;
        var list = new List<string>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            if (fields.Text(array.Items[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture)) is { } text) list.Add(text);
        }
        return list;
    }

    private static string? Choose(List<string>? mediaTypes, Func<string, bool> fits)
    {
        if (mediaTypes is null) return null;
        var candidates = mediaTypes.FindAll(kind => fits(kind));
        return MediaTypePreference.Choose(candidates);
    }

    // Header names are case-insensitive; other names are not.
    private static string? IdentityOf(JsonObjectNode entry)
    {
        if (entry.Get("name") is not JsonStringNode name || entry.Get("in") is not JsonStringNode location) return null;
        return location.Value + ":" + (location.Value == "header" ? name.Value.ToLowerInvariant() : name.Value);
    }

    private void Report(DiagnosticId id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _filePath, span, arguments));
}
