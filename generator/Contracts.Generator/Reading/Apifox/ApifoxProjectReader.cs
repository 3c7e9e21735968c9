using System.Collections.Generic;
using System.Threading;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>
/// Reads an Apifox project export (*.apifox.json, top-level "apifoxProject"): endpoints from the apiCollection folder tree,
/// named schemas from schemaCollection, shared responses from responseCollection. Everything else (environments, test
/// cases, scripts…) is ignored. Never throws except on cancellation.
/// </summary>
internal static class ApifoxProjectReader
{
    private const string What = "Apifox project export";

    public static ApiDocument Read(string filePath, string text, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var fields = new JsonFieldReader(filePath, diagnostics);
        var root = ApifoxJsonFile.Parse(filePath, text, What, diagnostics, out var json);
        if (root is null || fields.Object(root, "(root)") is not { } project)
        {
            return new ApiDocument(filePath, SourceFormat.ApifoxProject, FileTitle.Of(filePath), EquatableArray<Operation>.Empty, diagnostics.ToEquatableArray());
        }

        var title = fields.Object(project.Get("info"), "info") is { } info ? fields.Text(info.Get("name"), "info.name") : null;
        var registry = new SchemaRegistry(ApifoxSchemaCollection.KeyOf);
        var converter = new SchemaConverter(filePath, diagnostics, registry);
        registry.Attach(converter);
        var walker = new ApifoxTreeWalker(fields);
        // Schemas first: the file may list them after the endpoints that reference them.
        var schemas = new ApifoxSchemaCollection(fields, registry);
        schemas.Register(project.Get("schemaCollection"), walker);

        var api = new ApifoxApiReader(filePath, diagnostics, converter, registry.GetSchema);
        var shared = new ApifoxSharedResponses(project.Get("responseCollection"), walker, api, fields, json);
        var operations = new List<Operation>();
        foreach (var endpoint in walker.Leaves(project.Get("apiCollection"), "apiCollection", "api"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var summary = fields.Text(endpoint.Item.Get("name"), endpoint.Label + ".name");
            var operation = api.ReadOperation(endpoint.Item.Get("api")!, endpoint.Label + ".api", json, endpoint.Folder, summary);
            if (operation is null) continue;
            operations.Add(endpoint.Item.Get("api") is Json.JsonObjectNode apiNode ? shared.AddTo(operation, apiNode, endpoint.Label + ".api") : operation);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var named = schemas.Document(registry.ToNamedSchemas());
        var document = new ApiDocument(filePath, SourceFormat.ApifoxProject, title ?? FileTitle.Of(filePath), operations.ToEquatableArray(), diagnostics.ToEquatableArray());
        return document with { Schemas = named };
    }
}
