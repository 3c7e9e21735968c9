using System.Collections.Generic;
using System;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;

namespace Contracts.Generator.Planning;

/// <summary>Finds named schemas by key and sees through references to what they mean (for limits and docs).</summary>
internal sealed class SchemaLookup
{
    private readonly Dictionary<string, NamedSchema> _byKey = new(StringComparer.Ordinal);

    // One delegate for every resolution, not one per call.
    private readonly Func<string, Schema?> _findSchema;

    public SchemaLookup(EquatableArray<NamedSchema> schemas)
    {
        _findSchema = FindSchema;
        All = schemas;
        foreach (var named in schemas)
        {
            if (!_byKey.ContainsKey(named.Key)) _byKey.Add(named.Key, named);
        }
    }

    public EquatableArray<NamedSchema> All { get; }

    public NamedSchema? Find(string key) => _byKey.TryGetValue(key, out var named) ? named : null;

    /// <summary>The schema a reference means, by the one rule of <see cref="SchemaReferences"/>; a reference to nothing
    /// (or a cycle) is returned as it is, which the planner reads as any JSON.</summary>
    public Schema Resolve(Schema schema) => SchemaReferences.Resolve(schema, _findSchema) ?? schema;

    /// <summary>False for a reference to nothing or a cycle (a chain longer than <see cref="SchemaReferences.MaxHops"/>),
    /// which every user reads as any JSON.</summary>
    public bool Resolves(Schema schema) => SchemaReferences.Resolves(schema, _findSchema);

    private Schema? FindSchema(string key) => Find(key)?.Schema;
}
