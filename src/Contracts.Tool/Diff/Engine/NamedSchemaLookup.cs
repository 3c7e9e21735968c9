using System;
using System.Collections.Generic;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;

namespace Contracts.Tool.Diff.Engine;

/// <summary>One side's named schemas by key, and how a reference site reads once its target is filled in.</summary>
internal sealed class NamedSchemaLookup
{
    private readonly Dictionary<string, NamedSchema> _byKey = new(StringComparer.Ordinal);

    public NamedSchemaLookup(ApiDocument? document)
    {
        if (document is null) return;
        foreach (var named in document.Schemas) _byKey.TryAdd(named.Key, named);
    }

    public string NameOf(string key) => _byKey.TryGetValue(key, out var named) ? named.Name : key;

    /// <summary>
    /// The target of a reference site by the build's own rule (<see cref="SchemaReferences"/>); a missing target or a
    /// cycle reads as any JSON (the reader has reported it).
    /// </summary>
    public Schema Resolve(Schema site)
        => SchemaReferences.Resolve(site, key => _byKey.TryGetValue(key, out var named) ? named.Schema : null) ?? site with { Reference = null };
}
