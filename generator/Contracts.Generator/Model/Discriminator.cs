using Contracts.Generator.Helpers;

namespace Contracts.Generator.Model;

/// <summary>The member whose value tells which alternative a value is, and the value → named-schema key mapping.</summary>
internal sealed record Discriminator(string PropertyName, EquatableArray<DiscriminatorMapping> Mapping);
