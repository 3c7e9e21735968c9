using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Resolves "$ref" keys and looks up named schemas' content for merging (allOf, x-apifox-refs, inline copies).
/// A lookup may convert the named schema right away; <see cref="AmbientDepth"/> hands the caller's depth to that
/// conversion, so chains of lookups stay within one nesting limit instead of each starting at zero.
/// </summary>
internal sealed class ReferenceLookup
{
    private readonly ISchemaReferenceResolver? _resolver;

    public ReferenceLookup(ISchemaReferenceResolver? resolver) => _resolver = resolver;

    /// <summary>The depth at which a conversion started by a lookup begins.</summary>
    public int AmbientDepth { get; private set; }

    public string? ResolveKey(string reference) => _resolver?.ResolveKey(reference);

    /// <summary>
    /// The content of the named schema <paramref name="key"/>, through alias chains by the rule every user of references
    /// shares (<see cref="SchemaReferences"/>); null when unknown, a cycle, or being converted right now.
    /// </summary>
    public Schema? Content(string key, int depth)
    {
        if (_resolver is null) return null;
        var outer = AmbientDepth;
        AmbientDepth = depth + 1;
        try
        {
            return _resolver.GetSchema(key) is { } named ? SchemaReferences.Resolve(named, _resolver.GetSchema) : null;
        }
        finally
        {
            AmbientDepth = outer;
        }
    }
}
