using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>
/// Reads a bare JSON array of Apifox endpoint objects (the api-detail JSON Apifox's web app serves). Folders are known only
/// by id here, so an endpoint's folder is its first tag, as Apifox itself does when importing. Never throws except on cancellation.
/// </summary>
internal static class ApifoxEndpointArrayReader
{
    private const string What = "Apifox endpoint array";

    public static ApiDocument Read(string filePath, string text, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var fields = new JsonFieldReader(filePath, diagnostics);
        var operations = new List<Operation>();
        var root = ApifoxJsonFile.Parse(filePath, text, What, diagnostics, out var json);
        if (root is not null && fields.Array(root, "(root)") is { } endpoints)
        {
            // "$ref"s cannot resolve: the schemas they point at are not in this file (they are reported as unresolved).
            var api = new ApifoxApiReader(filePath, diagnostics, new SchemaConverter(filePath, diagnostics));
            for (var i = 0; i < endpoints.Items.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var label = "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                var folder = endpoints.Items[i] is JsonObjectNode endpoint ? FirstTag(endpoint, label, fields) : EquatableArray<string>.Empty;
                if (api.ReadOperation(endpoints.Items[i], label, json, folder, summary: null) is { } operation) operations.Add(operation);
            }
        }
        return new ApiDocument(filePath, SourceFormat.ApifoxEndpoints, FileTitle.Of(filePath), operations.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static EquatableArray<string> FirstTag(JsonObjectNode endpoint, string label, JsonFieldReader fields)
    {
        if (fields.Array(endpoint.Get("tags"), label + ".tags") is not { Items.Count: > 0 } tags) return EquatableArray<string>.Empty;
        var tag = fields.Text(tags.Items[0], label + ".tags[0]")?.Trim();
        return string.IsNullOrEmpty(tag) ? EquatableArray<string>.Empty : new EquatableArray<string>(new[] { tag! });
    }
}
