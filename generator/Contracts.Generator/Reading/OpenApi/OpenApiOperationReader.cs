using System;
using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.OpenApi;

/// <summary>Reads one OpenAPI operation: names and folder, parameters, request body and responses, with examples checked.</summary>
internal sealed class OpenApiOperationReader
{
    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly JsonFieldReader _fields;
    private readonly SchemaConverter _schemas;
    private readonly OpenApiComponents _components;
    private readonly OpenApiExamples _examples;
    private readonly System.Func<string, Schema?> _namedSchema;

    public OpenApiOperationReader(string filePath, List<DiagnosticInfo> diagnostics, JsonFieldReader fields, SchemaConverter schemas, OpenApiComponents components, System.Func<string, Schema?> namedSchema)
    {
        _namedSchema = namedSchema;
        _filePath = filePath;
        _diagnostics = diagnostics;
        _fields = fields;
        _schemas = schemas;
        _components = components;
        _examples = new OpenApiExamples(components, fields);
    }

    public Operation Read(string method, string path, JsonObjectNode operation, List<Parameter> shared, string pointer, SourceSpan span)
    {
        var summary = _fields.Text(operation.Get("summary"), pointer + "/summary")
            ?? _fields.Text(operation.Get("x-apifox-name"), pointer + "/x-apifox-name")
            ?? _fields.Text(operation.Get("x-apidog-name"), pointer + "/x-apidog-name");
        var parameters = ReadParameters(operation.Get("parameters"), pointer + "/parameters", shared);
        var status = _fields.Text(operation.Get("x-apifox-status"), pointer + "/x-apifox-status")
            ?? _fields.Text(operation.Get("x-apidog-status"), pointer + "/x-apidog-status");
        var body = operation.Get("requestBody") is { } bodyNode ? ReadRequestBody(bodyNode, pointer + "/requestBody") : null;
        var responses = _fields.Object(operation.Get("responses"), pointer + "/responses") is { } map ? ReadResponses(map, pointer + "/responses") : new List<Response>();
        return new Operation(
            method,
            path,
            _fields.Text(operation.Get("operationId"), pointer + "/operationId"),
            summary,
            _fields.Text(operation.Get("description"), pointer + "/description"),
            ReadFolder(operation, pointer),
            parameters.ToEquatableArray(),
            body,
            responses.ToEquatableArray(),
            span)
        {
            Tags = ReadTags(operation, pointer),
            Status = status,
            Deprecated = (_fields.Boolean(operation.Get("deprecated"), pointer + "/deprecated") ?? false) || Operation.IsDeprecatedStatus(status),
        };
    }

    private EquatableArray<string> ReadTags(JsonObjectNode operation, string pointer) => ReadTags(_fields, operation, pointer);

    /// <summary>The operation's "tags" as written (filters match them); shared with the Swagger 2.0 reader.</summary>
    internal static EquatableArray<string> ReadTags(JsonFieldReader fields, JsonObjectNode operation, string pointer)
    {
        if (fields.Array(operation.Get("tags"), pointer + "/tags") is not { Items.Count: > 0 } tags) return EquatableArray<string>.Empty;
        var names = new List<string>(tags.Items.Count);
        for (var i = 0; i < tags.Items.Count; i++)
        {
            if (fields.Text(tags.Items[i], pointer + "/tags/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } tag) names.Add(tag);
        }
        return names.ToEquatableArray();
    }

    /// <summary>Parameters of a path item or operation, after <paramref name="inherited"/>; a later one replaces an earlier one with the same name and location.</summary>
    public List<Parameter> ReadParameters(JsonNode? node, string pointer, List<Parameter>? inherited)
    {
        var merged = inherited is null ? new List<Parameter>() : new List<Parameter>(inherited);
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < merged.Count; i++) indexOf[Identity(merged[i])] = i;
        if (_fields.Array(node, pointer) is not { } entries) return merged;
        for (var i = 0; i < entries.Items.Count; i++)
        {
            if (ReadParameter(entries.Items[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture)) is not { } parameter) continue;
            var identity = Identity(parameter);
            if (indexOf.TryGetValue(identity, out var at))
            {
                merged[at] = parameter;
            }
            else
            {
                indexOf.Add(identity, merged.Count);
                merged.Add(parameter);
            }
        }
        return merged;
    }

    private Parameter? ReadParameter(JsonNode node, string pointer)
    {
        if (_components.Resolve(node, OpenApiComponents.Parameters, pointer) is not { } entry) return null;
        var nameNode = _fields.String(entry.Get("name"), pointer + "/name");
        var inNode = _fields.String(entry.Get("in"), pointer + "/in");
        if (nameNode is null || inNode is null)
        {
            if (entry.Get("name") is null) _fields.Missing(pointer + "/name", "a string", entry.Span);
            if (entry.Get("in") is null) _fields.Missing(pointer + "/in", "a string", entry.Span);
            return null;
        }
        if (!TryLocation(inNode.Value, out var location))
        {
            Report(DiagnosticId.WrongJsonType, inNode.Span, pointer + "/in", "path, query, header or cookie", JsonCompactWriter.Quote(inNode.Value));
            return null;
        }
        // OpenAPI says these header parameters are ignored: the client sets them itself.
        if (location == ParameterLocation.Header && ReservedHeaders.Contains(nameNode.Value)) return null;

        var schemaNode = entry.Get("schema");
        if (schemaNode is null && _fields.Object(entry.Get("content"), pointer + "/content") is { } content && MediaTypePreference.Choose(content) is { } media)
        {
            schemaNode = _fields.Object(media.Value, JsonPointer.Append(pointer + "/content", media.Name))?.Get("schema");
        }
        var schema = schemaNode is null ? new Schema { Span = entry.Span } : _schemas.Convert(schemaNode);
        var examples = _examples.Read(entry, schemaNode, pointer);
        // A path parameter is always required, whatever the file says.
        var required = location == ParameterLocation.Path || (_fields.Boolean(entry.Get("required"), pointer + "/required") ?? false);
        return new Parameter(
            nameNode.Value,
            location,
            required,
            schema,
            _fields.Text(entry.Get("description"), pointer + "/description"),
            examples.Count == 0 ? null : ParameterText(examples[0].Value),
            entry.Span);
    }

    private RequestBody? ReadRequestBody(JsonNode node, string pointer)
    {
        if (_components.Resolve(node, OpenApiComponents.RequestBodies, pointer) is not { } body) return null;
        if (ReadContent(body, pointer) is not { } content) return null;
        var required = _fields.Boolean(body.Get("required"), pointer + "/required") ?? false;
        return new RequestBody(content.MediaType, content.Schema, required, content.Examples, node.Span);
    }

    private List<Response> ReadResponses(JsonObjectNode map, string pointer)
    {
        var explicitCodes = new HashSet<int>();
        foreach (var member in map.Members)
        {
            if (StatusCodeKey.TryParse(member.Name, out var code, out var isRange) && !isRange) explicitCodes.Add(code);
        }

        var responses = new List<Response>();
        foreach (var member in DistinctMembers.Of(map))
        {
            if (OpenApiReader.IsExtension(member.Name)) continue;
            var responsePointer = JsonPointer.Append(pointer, member.Name);
            if (!StatusCodeKey.TryParse(member.Name, out var code, out var isRange))
            {
                Report(DiagnosticId.WrongJsonType, member.NameSpan, responsePointer, "a status code key (200, 2XX or default)", JsonCompactWriter.Quote(member.Name));
                continue;
            }
            // A range stands in as its low end (2XX → 200) unless that exact code is also listed, which is more specific.
            if (isRange && explicitCodes.Contains(code)) continue;
            if (_components.Resolve(member.Value, OpenApiComponents.Responses, responsePointer) is not { } response) continue;
            var name = _fields.Text(response.Get("x-apifox-name"), responsePointer + "/x-apifox-name")
                ?? _fields.Text(response.Get("x-apidog-name"), responsePointer + "/x-apidog-name");
            var description = _fields.Text(response.Get("description"), responsePointer + "/description");
            var content = ReadContent(response, responsePointer);
            // No content (e.g. 204): no media type and no body.
            responses.Add(new Response(code, name, description, content?.MediaType ?? "", content?.Schema, content?.Examples ?? EquatableArray<Example>.Empty, member.Value.Span) { IsRange = isRange });
        }
        return responses;
    }

    /// <summary>The preferred media type of an owner's "content" map, its schema and its checked examples; null when there is none.</summary>
    private Content? ReadContent(JsonObjectNode owner, string pointer)
    {
        var contentPointer = pointer + "/content";
        if (_fields.Object(owner.Get("content"), contentPointer) is not { } map || MediaTypePreference.Choose(map) is not { } chosen) return null;
        var mediaPointer = JsonPointer.Append(contentPointer, chosen.Name);
        var media = _fields.Object(chosen.Value, mediaPointer);
        var schemaNode = media?.Get("schema");
        var schema = schemaNode is null ? null : _schemas.Convert(schemaNode);
        var examples = new List<Example>();
        if (media is not null)
        {
            foreach (var found in _examples.Read(media, schemaNode, mediaPointer))
            {
                var example = new Example(found.Name, ExampleText(found.Value, schema), found.Value.Span);
                ExampleChecker.Check(example, schema, _filePath, _diagnostics, _namedSchema);
                examples.Add(example);
            }
        }
        return new Content(chosen.Name, schema, examples.ToEquatableArray());
    }

    private EquatableArray<string> ReadFolder(JsonObjectNode operation, string pointer) => ReadFolder(_fields, operation, pointer);

    /// <summary>
    /// x-apifox-folder (or Apidog's twin) split into levels; otherwise the first tag, which Apifox reads as the folder.
    /// Shared with the Swagger 2.0 reader, whose operations carry the same members.
    /// </summary>
    internal static EquatableArray<string> ReadFolder(JsonFieldReader fields, JsonObjectNode operation, string pointer)
    {
        var folder = fields.Text(operation.Get("x-apifox-folder"), pointer + "/x-apifox-folder")
            ?? fields.Text(operation.Get("x-apidog-folder"), pointer + "/x-apidog-folder");
        if (folder is null && fields.Array(operation.Get("tags"), pointer + "/tags") is { Items.Count: > 0 } tags)
        {
            folder = fields.Text(tags.Items[0], pointer + "/tags/0");
        }
        // Tags mirror the folder path ("其他/保留"), so they split the same way.
        return folder is null ? EquatableArray<string>.Empty : FolderPath.Split(folder);
    }

    /// <summary>
    /// The example's JSON text. Apifox often writes a body example as JSON text inside a string (comments included); when
    /// the body is not a string, that text is the example, not the string.
    /// </summary>
    internal static string ExampleText(JsonNode value, Schema? schema)
    {
        if (value is JsonStringNode text && schema is not { Type: SchemaType.String } && StartsLikeJsonContainer(text.Value)) return text.Value;
        return JsonCompactWriter.Write(value);
    }

    private static bool StartsLikeJsonContainer(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) return c == '{' || c == '[';
        }
        return false;
    }

    /// <summary>A parameter example as the text a caller would type: strings unquoted, anything else as compact JSON.</summary>
    internal static string? ParameterText(JsonNode value) => value switch
    {
        JsonNullNode => null,
        JsonStringNode text => text.Value,
        _ => JsonCompactWriter.Write(value),
    };

    // Header names are case-insensitive; other names are not.
    internal static string Identity(Parameter parameter)
        => (int)parameter.In + ":" + (parameter.In == ParameterLocation.Header ? parameter.Name.ToLowerInvariant() : parameter.Name);

    internal static bool TryLocation(string name, out ParameterLocation location)
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

    private void Report(DiagnosticId id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _filePath, span, arguments));

    private sealed record Content(string MediaType, Schema? Schema, EquatableArray<Example> Examples);
}
