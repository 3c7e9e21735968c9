using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading;

/// <summary>
/// Resolves "$ref". The extension point for readers that hold definitions (Apifox project export: lookup by schema id;
/// OpenAPI: components). They also decide what wins when a "$ref" has sibling keywords.
/// </summary>
internal interface ISchemaReferenceResolver
{
    /// <summary>The referenced schema, or null when the reference names nothing known (then CTR2005 and Any).</summary>
    /// <param name="reference">The "$ref" text as written.</param>
    /// <param name="referringSchema">The object holding "$ref", with its siblings.</param>
    /// <param name="pointer">Instance JSON Pointer of the place, for diagnostics.</param>
    Schema? Resolve(string reference, JsonObjectNode referringSchema, string pointer);
}
