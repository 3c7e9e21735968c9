using Contracts.Generator.Helpers;

namespace Contracts.Generator.Model;

/// <summary>A JSON schema after reading: references resolved, prose constraints merged, placeholders dropped.</summary>
internal sealed record Schema
{
    public SchemaType Type { get; init; }
    /// <summary>
    /// The JSON types a "type" array allows when it names two or more (besides null; integer beside number is number):
    /// <see cref="Type"/> is then Any, and the value must be one of these. None otherwise.
    /// </summary>
    public SchemaTypeSet Types { get; init; }
    /// <summary>
    /// True when the schema gives no "type" and its object keywords (properties, additionalProperties) or "items" made it
    /// an object or an array: a JSON value of another type is then refused, where JSON Schema would let it pass.
    /// </summary>
    public bool TypeInferred { get; init; }
    /// <summary>True when JSON null is allowed (type array with "null", nullable: true, or type "null").</summary>
    public bool Nullable { get; init; }
    public string? Format { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    /// <summary>The default value as JSON text, from the keyword or from prose.</summary>
    public string? Default { get; init; }
    public ConstraintOrigin DefaultOrigin { get; init; }
    public Constraints Constraints { get; init; } = Constraints.None;
    /// <summary>Object properties in emission order: x-apifox-orders first, then document order.</summary>
    public EquatableArray<Property> Properties { get; init; } = EquatableArray<Property>.Empty;
    public Schema? Items { get; init; }
    /// <summary>Schema of extra members; null when extra members are unconstrained or forbidden.</summary>
    public Schema? AdditionalProperties { get; init; }
    /// <summary>False only when the schema says additionalProperties: false.</summary>
    public bool AllowsAdditionalProperties { get; init; } = true;
    /// <summary>
    /// Key of the named schema (in <see cref="ApiDocument.Schemas"/>) this schema refers to; the named schema is the truth.
    /// Other members of a reference carry only what its "$ref" siblings say (description, nullability).
    /// </summary>
    public string? Reference { get; init; }
    /// <summary>Alternatives from oneOf or anyOf; the value matches one (oneOf) or at least one (anyOf) of them.</summary>
    public EquatableArray<Schema> Alternatives { get; init; } = EquatableArray<Schema>.Empty;
    /// <summary>True when <see cref="Alternatives"/> came from anyOf.</summary>
    public bool AlternativesFromAnyOf { get; init; }
    /// <summary>The OpenAPI discriminator of the alternatives, if any.</summary>
    public Discriminator? Discriminator { get; init; }
    /// <summary>Names and descriptions of enum values (x-apifox-enum, x-apifox.enumDescriptions), in enum order.</summary>
    public EquatableArray<EnumMember> EnumMembers { get; init; } = EquatableArray<EnumMember>.Empty;
    /// <summary>A name hint from the source (a component or schemaCollection name), used for the C# type name.</summary>
    public string? NameHint { get; init; }
    /// <summary>True when the schema says "deprecated": true: its type or member is generated with [Obsolete].</summary>
    public bool Deprecated { get; init; }
    public SourceSpan Span { get; init; } = SourceSpan.None;
    /// <summary>Where the description's text is, for limits stated in prose; None when there is no description.</summary>
    public SourceSpan DescriptionSpan { get; init; } = SourceSpan.None;
}
