namespace Contracts.Generator.Model;

/// <summary>One discriminator value and the key of the named schema it selects.</summary>
internal sealed record DiscriminatorMapping(string Value, string SchemaKey);
