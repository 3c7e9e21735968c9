using System;
using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.OpenApi;

/// <summary>
/// The reusable parameters, request bodies, responses and examples of a document, so their "$ref"s can be inlined.
/// Schemas are not here: they stay references (see <see cref="SchemaRegistry"/>).
/// </summary>
internal sealed class OpenApiComponents
{
    public const string Parameters = "parameters";
    public const string RequestBodies = "requestBodies";
    public const string Responses = "responses";
    public const string Examples = "examples";
    public const string Headers = "headers";

    private static readonly string[] Sections = { Parameters, RequestBodies, Responses, Examples, Headers };

    private readonly Dictionary<string, Dictionary<string, JsonObjectNode>> _sections = new(StringComparer.Ordinal);
    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly JsonFieldReader _fields;

    public OpenApiComponents(JsonObjectNode? components, string filePath, List<DiagnosticInfo> diagnostics, JsonFieldReader fields)
    {
        _filePath = filePath;
        _diagnostics = diagnostics;
        _fields = fields;
        foreach (var section in Sections)
        {
            var entries = new Dictionary<string, JsonObjectNode>(StringComparer.Ordinal);
            _sections.Add(section, entries);
            var pointer = "#/components/" + section;
            if (components is null || _fields.Object(components.Get(section), pointer) is not { } map) continue;
            foreach (var member in DistinctMembers.Of(map))
            {
                if (_fields.Object(member.Value, JsonPointer.Append(pointer, member.Name)) is { } entry) entries.Add(member.Name, entry);
            }
        }
    }

    /// <summary>
    /// The object itself, or the component its "$ref" chain ends at; null (reported) when the node is not an object or a
    /// reference points at nothing. Each component is visited once per chain, so a cycle ends as an unresolved reference.
    /// </summary>
    public JsonObjectNode? Resolve(JsonNode node, string section, string pointer)
    {
        if (_fields.Object(node, pointer) is not { } current) return null;
        HashSet<string>? visited = null;
        while (current.Get("$ref") is { } referenceNode)
        {
            if (_fields.String(referenceNode, pointer + "/$ref") is not { } reference) return null;
            var name = ComponentReference.NameIn(reference.Value, section);
            if (name is null || !_sections[section].TryGetValue(name, out var target) || !(visited ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticId.UnresolvedReference, _filePath, reference.Span, reference.Value, pointer));
                return null;
            }
            current = target;
        }
        return current;
    }
}
