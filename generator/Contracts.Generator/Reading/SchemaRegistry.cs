using System;
using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading;

/// <summary>
/// The named schemas of one document. Readers register each raw schema under its key; each is converted once, on first
/// use or at the end, with a guard that turns cycles into references instead of endless recursion.
/// </summary>
internal sealed class SchemaRegistry : ISchemaReferenceResolver
{
    private readonly Func<string, string?> _keyOfReference;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();
    private SchemaConverter? _converter;

    /// <param name="keyOfReference">Maps a "$ref" text to a candidate key (e.g. "#/components/schemas/A%20B" → "A B").</param>
    public SchemaRegistry(Func<string, string?> keyOfReference) => _keyOfReference = keyOfReference;

    /// <summary>The converter used for registered schemas; set once, right after both are created.</summary>
    public void Attach(SchemaConverter converter) => _converter = converter;

    /// <summary>Registers a named schema; a later registration under the same key is ignored (the first wins).</summary>
    public void Register(string key, string name, JsonNode node, string pointer)
    {
        if (_entries.ContainsKey(key)) return;
        _entries.Add(key, new Entry(name, node, pointer));
        _order.Add(key);
    }

    public bool Contains(string key) => _entries.ContainsKey(key);

    public string? ResolveKey(string reference)
    {
        var key = _keyOfReference(reference);
        return key is not null && _entries.ContainsKey(key) ? key : null;
    }

    public Schema? GetSchema(string key)
    {
        if (!_entries.TryGetValue(key, out var entry) || entry.Converting) return null;
        if (entry.Converted is null)
        {
            entry.Converting = true;
            try
            {
                entry.Converted = (_converter ?? throw new InvalidOperationException("SchemaRegistry.Attach was not called."))
                    .Convert(entry.Node, entry.Pointer) with { NameHint = entry.Name };
            }
            finally
            {
                entry.Converting = false;
            }
        }
        return entry.Converted;
    }

    /// <summary>Every registered schema, converted, in registration order.</summary>
    public EquatableArray<NamedSchema> ToNamedSchemas()
    {
        var named = new List<NamedSchema>(_order.Count);
        foreach (var key in _order)
        {
            var entry = _entries[key];
            var schema = GetSchema(key) ?? new Schema { NameHint = entry.Name, Span = entry.Node.Span };
            named.Add(new NamedSchema(key, entry.Name, schema, entry.Node.Span));
        }
        return named.ToEquatableArray();
    }

    private sealed class Entry
    {
        public Entry(string name, JsonNode node, string pointer)
        {
            Name = name;
            Node = node;
            Pointer = pointer;
        }

        public string Name { get; }
        public JsonNode Node { get; }
        public string Pointer { get; }
        public bool Converting { get; set; }
        public Schema? Converted { get; set; }
    }
}
