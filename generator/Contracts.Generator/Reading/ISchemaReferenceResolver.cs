using Contracts.Generator.Model;

namespace Contracts.Generator.Reading;

/// <summary>
/// Resolves "$ref" for readers that hold named schemas (Apifox project export: lookup by schema id; OpenAPI: components).
/// References stay references in the model (<see cref="Schema.Reference"/>), so cycles and self-references are fine.
/// </summary>
internal interface ISchemaReferenceResolver
{
    /// <summary>The key of the named schema a "$ref" points at, or null when it points nowhere.</summary>
    string? ResolveKey(string reference);

    /// <summary>
    /// The named schema's content, for allOf merging and x-apifox-refs spreading; null for an unknown key, or while that
    /// schema is itself being converted (a cycle: the caller keeps a reference instead of merging).
    /// </summary>
    Schema? GetSchema(string key);
}
