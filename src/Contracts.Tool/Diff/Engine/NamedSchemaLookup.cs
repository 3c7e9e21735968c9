using System;
using System.Collections.Generic;
using Contracts.Generator.Model;

namespace Contracts.Tool.Diff.Engine;

/// <summary>One side's named schemas by key, and how a reference site reads once its target is filled in.</summary>
internal sealed class NamedSchemaLookup
{
    private const int MaxAliasHops = 64;

    private readonly Dictionary<string, NamedSchema> _byKey = new(StringComparer.Ordinal);

    public NamedSchemaLookup(ApiDocument? document)
    {
        if (document is null) return;
        foreach (var named in document.Schemas) _byKey.TryAdd(named.Key, named);
    }

    public string NameOf(string key) => _byKey.TryGetValue(key, out var named) ? named.Name : key;

    /// <summary>
    /// The target of a reference site, carrying the site's own nullability and description; a missing target reads as
    /// any JSON (the reader has reported it). References to references are followed, a bounded number of times.
    /// </summary>
    public Schema Resolve(Schema site)
    {
        var current = site;
        for (var hop = 0; current.Reference is { } key && hop < MaxAliasHops; hop++)
        {
            if (!_byKey.TryGetValue(key, out var named)) return site with { Reference = null };
            current = named.Schema;
        }
        if (current.Reference is not null) return site with { Reference = null };
        return current with
        {
            Nullable = current.Nullable || site.Nullable,
            Description = string.IsNullOrWhiteSpace(site.Description) ? current.Description : site.Description,
        };
    }
}
