using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Resolves "$ref" keys and looks up named schemas' content for merging (allOf, x-apifox-refs, inline copies).
/// A lookup may convert the named schema right away; <see cref="AmbientDepth"/> hands the caller's depth to that
/// conversion, so chains of lookups stay within one nesting limit instead of each starting at zero.
/// </summary>
internal sealed class ReferenceLookup
{
    // A named schema that only refers to another one: follow a few, then give up as for a cycle.
    private const int MaxAliasChain = 32;

    private readonly ISchemaReferenceResolver? _resolver;

    public ReferenceLookup(ISchemaReferenceResolver? resolver) => _resolver = resolver;

    /// <summary>The depth at which a conversion started by a lookup begins.</summary>
    public int AmbientDepth { get; private set; }

    public string? ResolveKey(string reference) => _resolver?.ResolveKey(reference);

    /// <summary>
    /// The content of the named schema <paramref name="key"/>, through alias chains; null when unknown or when it is
    /// being converted right now (a cycle).
    /// </summary>
    public Schema? Content(string key, int depth)
    {
        if (_resolver is null) return null;
        var outer = AmbientDepth;
        AmbientDepth = depth + 1;
        try
        {
            var schema = _resolver.GetSchema(key);
            for (var i = 0; i < MaxAliasChain && schema?.Reference is { } next; i++)
            {
                var target = _resolver.GetSchema(next);
                schema = target is null ? null : target with { Nullable = target.Nullable || schema.Nullable };
            }
            return schema?.Reference is null ? schema : null;
        }
        finally
        {
            AmbientDepth = outer;
        }
    }
}
