using System;
using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>
/// A project's shared responses (responseCollection: {id, name, code, contentType, jsonSchema, defaultEnable}, flat or
/// in folders). One is part of an endpoint when the endpoint's commonResponseStatus turns it on ({"&lt;id&gt;": true}),
/// or says nothing about it and the response is enabled by default; a response of the endpoint's own with the same
/// status code wins.
/// </summary>
internal sealed class ApifoxSharedResponses
{
    private readonly List<Shared> _responses = new();
    private readonly JsonFieldReader _fields;

    public ApifoxSharedResponses(JsonNode? collection, ApifoxTreeWalker walker, ApifoxApiReader api, JsonFieldReader fields, string text)
    {
        _fields = fields;
        if (collection is null) return;
        var leaves = walker.Leaves(collection, "responseCollection", "code");
        if (leaves.Count == 0) return;
        var items = new List<JsonNode>(leaves.Count);
        foreach (var leaf in leaves) items.Add(leaf.Item);
        // Read as one endpoint's responses, so schemas, media types and findings are handled as they are there.
        var array = new JsonArrayNode(items, collection.Span, collection.Start, collection.End);
        var read = api.Read(null, null, new ApifoxSection("responseCollection", array, text), null).Responses;
        for (var i = 0; i < leaves.Count && i < read.Count; i++)
        {
            var item = leaves[i].Item;
            var id = _fields.Scalar(item.Get("id"), leaves[i].Label + ".id");
            var byDefault = _fields.Boolean(item.Get("defaultEnable"), leaves[i].Label + ".defaultEnable") ?? false;
            _responses.Add(new Shared(id, byDefault, read[i]));
        }
    }

    /// <summary>The operation with the shared responses that apply to it added after its own.</summary>
    public Operation AddTo(Operation operation, JsonObjectNode api, string label)
    {
        if (_responses.Count == 0) return operation;
        var switches = _fields.Object(api.Get("commonResponseStatus"), label + ".commonResponseStatus");
        var responses = new List<Response>(operation.Responses);
        foreach (var shared in _responses)
        {
            var on = shared.Id is not null && switches?.Get(shared.Id) is JsonBooleanNode flag ? flag.Value : shared.ByDefault;
            if (!on || responses.Exists(r => r.StatusCode == shared.Response.StatusCode)) continue;
            responses.Add(shared.Response);
        }
        return responses.Count == operation.Responses.Count ? operation : operation with { Responses = responses.ToEquatableArray() };
    }

    private sealed record Shared(string? Id, bool ByDefault, Response Response);
}
