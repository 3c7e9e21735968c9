using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;
using Contracts.Generator.Reading.OpenApi;

namespace Contracts.Generator.Reading.Swagger;

/// <summary>
/// Reads a Swagger 2.0 document (springfox, swag, Apifox exports) into the same model as OpenAPI 3: "definitions" as
/// named schemas, every operation of every path. A broken part is reported and skipped; never throws except on
/// cancellation. "host", "basePath" and "schemes" are not read, as OpenAPI 3's "servers" are not: the HttpClient's
/// BaseAddress says where the API is.
/// </summary>
internal sealed class SwaggerReader
{
    private const string DocumentName = "Swagger document";
    private const string DefinitionsPrefix = "#/definitions/";

    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch" };

    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly JsonFieldReader _fields;

    private SwaggerReader(string filePath)
    {
        _filePath = filePath;
        _fields = new JsonFieldReader(filePath, _diagnostics);
    }

    /// <summary>Reads a Swagger 2.0 file written as JSON or YAML (one located tree either way, positions in the file's own text).</summary>
    public static ApiDocument Read(string filePath, string text, CancellationToken cancellationToken)
    {
        var reader = new SwaggerReader(filePath);
        if (DocumentTree.Parse(filePath, text, DocumentName, reader._diagnostics) is not { } root)
        {
            return reader.Document("", EquatableArray<Operation>.Empty, EquatableArray<NamedSchema>.Empty);
        }
        return reader.ReadRoot(root, cancellationToken);
    }

    /// <summary>Reads an already parsed document (JSON, or YAML parsed into the same located nodes).</summary>
    public static ApiDocument Read(string filePath, JsonNode root, CancellationToken cancellationToken)
        => new SwaggerReader(filePath).ReadRoot(root, cancellationToken);

    private ApiDocument ReadRoot(JsonNode parsedRoot, CancellationToken cancellationToken)
    {
        if (_fields.Object(parsedRoot, "#") is not { } root) return Document("", EquatableArray<Operation>.Empty, EquatableArray<NamedSchema>.Empty);
        var title = _fields.Object(root.Get("info"), "#/info") is { } info ? _fields.Text(info.Get("title"), "#/info/title") : null;

        var registry = new SchemaRegistry(reference => ComponentReference.NameUnder(reference, DefinitionsPrefix));
        var schemas = new SchemaConverter(_filePath, _diagnostics, registry);
        registry.Attach(schemas);
        if (_fields.Object(root.Get("definitions"), "#/definitions") is { } definitions)
        {
            foreach (var member in DistinctMembers.Of(definitions)) registry.Register(member.Name, member.Name, member.Value, "");
        }

        var documentMedia = SwaggerOperationReader.ReadMediaTypes(_fields, root, "#", inherited: null);
        var operationReader = new SwaggerOperationReader(_filePath, _diagnostics, _fields, schemas,
            new SwaggerShared(root, "parameters", _filePath, _diagnostics, _fields),
            new SwaggerShared(root, "responses", _filePath, _diagnostics, _fields),
            registry.GetSchema, documentMedia);

        var operations = new List<Operation>();
        if (_fields.Object(root.Get("paths"), "#/paths") is { } paths)
        {
            foreach (var path in DistinctMembers.Of(paths))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (OpenApiReader.IsExtension(path.Name)) continue;
                ReadPathItem(path, operationReader, operations);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Document(title ?? "", operations.ToEquatableArray(), registry.ToNamedSchemas()) with
        {
            SecuritySchemes = SecurityReader.ReadSchemes(_fields, root.Get("securityDefinitions"), "#/securityDefinitions"),
            Security = SecurityReader.ReadRequirements(_fields, root.Get("security"), "#/security"),
        };
    }

    private void ReadPathItem(JsonMember path, SwaggerOperationReader operationReader, List<Operation> operations)
    {
        var pointer = JsonPointer.Append("#/paths", path.Name);
        if (_fields.Object(path.Value, pointer) is not { } item) return;
        var shared = operationReader.ResolveParameters(item.Get("parameters"), pointer + "/parameters", inherited: null);
        var template = SwaggerPaths.Normalize(path.Name);
        foreach (var member in DistinctMembers.Of(item))
        {
            if (Array.IndexOf(Methods, member.Name) < 0) continue;
            var operationPointer = JsonPointer.Append(pointer, member.Name);
            if (_fields.Object(member.Value, operationPointer) is not { } operation) continue;
            operations.Add(operationReader.Read(member.Name.ToUpperInvariant(), template, operation, shared, operationPointer, member.NameSpan) with
            {
                Security = SecurityReader.ReadRequirements(_fields, operation.Get("security"), operationPointer + "/security"),
            });
        }
    }

    private ApiDocument Document(string title, EquatableArray<Operation> operations, EquatableArray<NamedSchema> schemas)
        => new(_filePath, SourceFormat.Swagger, title, operations, _diagnostics.ToEquatableArray()) { Schemas = schemas };

    private void Report(DiagnosticId id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _filePath, span, arguments));
}
