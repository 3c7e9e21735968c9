using System;
using System.Collections.Generic;
using Contracts.Generator.Model;

namespace Contracts.Generator.Selection;

/// <summary>The named schemas that a set of operations uses, directly or through other named schemas (cycles included).</summary>
internal sealed class SchemaReachability
{
    private readonly Dictionary<string, NamedSchema> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reached = new(StringComparer.Ordinal);
    private readonly Stack<Schema> _pending = new();

    private SchemaReachability(IEnumerable<NamedSchema> schemas)
    {
        foreach (var named in schemas)
        {
            if (!_byKey.ContainsKey(named.Key)) _byKey.Add(named.Key, named);
        }
    }

    /// <summary>Keys of the named schemas reached from <paramref name="operations"/> and from <paramref name="roots"/> (keys).</summary>
    public static HashSet<string> From(IEnumerable<Operation> operations, IEnumerable<NamedSchema> schemas, IEnumerable<string> roots)
    {
        var walk = new SchemaReachability(schemas);
        foreach (var key in roots) walk.Reach(key);
        foreach (var operation in operations)
        {
            foreach (var parameter in operation.Parameters) walk.Push(parameter.Schema);
            walk.Push(operation.RequestBody?.Schema);
            foreach (var response in operation.Responses) walk.Push(response.Schema);
        }
        walk.Drain();
        return walk._reached;
    }

    private void Push(Schema? schema)
    {
        if (schema is not null) _pending.Push(schema);
    }

    private void Reach(string key)
    {
        if (_reached.Add(key) && _byKey.TryGetValue(key, out var named)) _pending.Push(named.Schema);
    }

    // An explicit stack, not recursion: schemas nest as deep as the document does.
    private void Drain()
    {
        while (_pending.Count > 0)
        {
            var schema = _pending.Pop();
            if (schema.Reference is { } key) Reach(key);
            foreach (var property in schema.Properties) Push(property.Schema);
            Push(schema.Items);
            Push(schema.AdditionalProperties);
            foreach (var alternative in schema.Alternatives) Push(alternative);
            if (schema.Discriminator is { } discriminator)
            {
                foreach (var mapping in discriminator.Mapping) Reach(mapping.SchemaKey);
            }
        }
    }
}
