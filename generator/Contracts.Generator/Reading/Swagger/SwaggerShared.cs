using System;
using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;
using Contracts.Generator.Reading.OpenApi;

namespace Contracts.Generator.Reading.Swagger;

/// <summary>
/// A Swagger 2.0 document's shared "parameters" or "responses" map, so "#/parameters/…" and "#/responses/…" references
/// can be inlined. Definitions are not here: they stay schema references (see <see cref="SchemaRegistry"/>).
/// </summary>
internal sealed class SwaggerShared
{
    private readonly Dictionary<string, JsonObjectNode> _entries = new(StringComparer.Ordinal);
    private readonly string _prefix;
    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly JsonFieldReader _fields;

    /// <param name="section">"parameters" or "responses": the root member and the reference prefix.</param>
    public SwaggerShared(JsonObjectNode root, string section, string filePath, List<DiagnosticInfo> diagnostics, JsonFieldReader fields)
    {
        _prefix = "#/" + section + "/";
        _filePath = filePath;
        _diagnostics = diagnostics;
        _fields = fields;
        var pointer = "#/" + section;
        if (_fields.Object(root.Get(section), pointer) is not { } map) return;
        foreach (var member in DistinctMembers.Of(map))
        {
            if (_fields.Object(member.Value, JsonPointer.Append(pointer, member.Name)) is { } entry) _entries.Add(member.Name, entry);
        }
    }

    /// <summary>
    /// The object itself, or the shared entry its "$ref" chain ends at; null (reported) when the node is not an object or
    /// a reference points at nothing. A cycle ends as an unresolved reference.
    /// </summary>
    public JsonObjectNode? Resolve(JsonNode node, string pointer)
    {
        if (_fields.Object(node, pointer) is not { } current) return null;
        HashSet<string>? visited = null;
        while (current.Get("$ref") is { } referenceNode)
        {
            if (_fields.String(referenceNode, pointer + "/$ref") is not { } reference) return null;
            var name = ComponentReference.NameUnder(reference.Value, _prefix);
            if (name is null || !_entries.TryGetValue(name, out var target) || !(visited ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticId.UnresolvedReference, _filePath, reference.Span, reference.Value, pointer));
                return null;
            }
            current = target;
        }
        return current;
    }
}
