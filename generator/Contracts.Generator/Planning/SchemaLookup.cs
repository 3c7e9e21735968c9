using System.Collections.Generic;
using System;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Planning;

/// <summary>Finds named schemas by key and sees through references to what they mean (for limits and docs).</summary>
internal sealed class SchemaLookup
{
    // A reference chain longer than this is a cycle of references (A → B → A); it is left unresolved.
    private const int MaxChain = 32;

    private readonly Dictionary<string, NamedSchema> _byKey = new(StringComparer.Ordinal);

    public SchemaLookup(EquatableArray<NamedSchema> schemas)
    {
        All = schemas;
        foreach (var named in schemas)
        {
            if (!_byKey.ContainsKey(named.Key)) _byKey.Add(named.Key, named);
        }
    }

    public EquatableArray<NamedSchema> All { get; }

    public NamedSchema? Find(string key) => _byKey.TryGetValue(key, out var named) ? named : null;

    /// <summary>The schema a reference means, with the reference site's description and nullability on top.</summary>
    public Schema Resolve(Schema schema)
    {
        var site = schema;
        for (var i = 0; i < MaxChain && schema.Reference is { } key && Find(key) is { } named; i++)
        {
            schema = named.Schema;
        }
        if (ReferenceEquals(schema, site)) return site;
        return schema with
        {
            Nullable = schema.Nullable || site.Nullable,
            Description = site.Description ?? schema.Description,
            Title = site.Title ?? schema.Title,
        };
    }
}
