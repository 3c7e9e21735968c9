using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.OpenApi;

/// <summary>
/// Reads an OpenAPI 3.0 or 3.1 document, JSON or YAML (Apifox/Apidog exports or plain): component schemas as named
/// schemas, every operation of every path. A broken part is reported and skipped; never throws except
/// on cancellation.
/// </summary>
internal sealed class OpenApiReader
{
    private const string DocumentName = "OpenAPI document";

    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly JsonFieldReader _fields;

    private OpenApiReader(string filePath)
    {
        _filePath = filePath;
        _fields = new JsonFieldReader(filePath, _diagnostics);
    }

    public static ApiDocument Read(string filePath, string text, CancellationToken cancellationToken)
        => new OpenApiReader(filePath).ReadDocument(text, cancellationToken);

    private ApiDocument ReadDocument(string text, CancellationToken cancellationToken)
    {
        if (DocumentTree.Parse(_filePath, text, DocumentName, _diagnostics) is not { } parsedRoot
            || _fields.Object(parsedRoot, "#") is not { } root)
        {
            return Document("", EquatableArray<Operation>.Empty, EquatableArray<NamedSchema>.Empty);
        }

        var title = _fields.Object(root.Get("info"), "#/info") is { } info ? _fields.Text(info.Get("title"), "#/info/title") : null;
        var components = _fields.Object(root.Get("components"), "#/components");

        var registry = new SchemaRegistry(reference => ComponentReference.NameIn(reference, "schemas"));
        var schemas = new SchemaConverter(_filePath, _diagnostics, registry);
        registry.Attach(schemas);
        if (components is not null && _fields.Object(components.Get("schemas"), "#/components/schemas") is { } named)
        {
            foreach (var member in DistinctMembers.Of(named)) registry.Register(member.Name, member.Name, member.Value, "");
        }

        var operationReader = new OpenApiOperationReader(_filePath, _diagnostics, _fields, schemas, new OpenApiComponents(components, _filePath, _diagnostics, _fields), registry.GetSchema);
        var operations = new List<Operation>();
        if (_fields.Object(root.Get("paths"), "#/paths") is { } paths)
        {
            foreach (var path in DistinctMembers.Of(paths))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsExtension(path.Name)) continue;
                ReadPathItem(path, operationReader, operations);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var namedSchemas = registry.ToNamedSchemas();
        return Document(title ?? "", operations.ToEquatableArray(), namedSchemas) with
        {
            SecuritySchemes = components is null ? EquatableArray<SecurityScheme>.Empty : SecurityReader.ReadSchemes(_fields, components.Get("securitySchemes"), "#/components/securitySchemes"),
            Security = SecurityReader.ReadRequirements(_fields, root.Get("security"), "#/security"),
        };
    }

    private void ReadPathItem(JsonMember path, OpenApiOperationReader operationReader, List<Operation> operations)
    {
        var pointer = JsonPointer.Append("#/paths", path.Name);
        if (_fields.Object(path.Value, pointer) is not { } item) return;
        // Path-level parameters are read once and shared by the item's operations.
        var shared = operationReader.ReadParameters(item.Get("parameters"), pointer + "/parameters", inherited: null);
        foreach (var member in DistinctMembers.Of(item))
        {
            if (Array.IndexOf(Methods, member.Name) < 0) continue;
            var operationPointer = JsonPointer.Append(pointer, member.Name);
            if (_fields.Object(member.Value, operationPointer) is not { } operation) continue;
            operations.Add(operationReader.Read(member.Name.ToUpperInvariant(), path.Name, operation, shared, operationPointer, member.NameSpan) with
            {
                Security = SecurityReader.ReadRequirements(_fields, operation.Get("security"), operationPointer + "/security"),
            });
        }
    }

    private ApiDocument Document(string title, EquatableArray<Operation> operations, EquatableArray<NamedSchema> schemas)
        => new(_filePath, SourceFormat.OpenApi, title, operations, _diagnostics.ToEquatableArray()) { Schemas = schemas };

    internal static bool IsExtension(string name) => name.StartsWith("x-", StringComparison.Ordinal);

    private void Report(DiagnosticId id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _filePath, span, arguments));
}
