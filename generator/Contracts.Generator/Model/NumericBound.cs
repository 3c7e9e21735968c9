namespace Contracts.Generator.Model;

/// <summary>A numeric limit. <paramref name="Literal"/> is the JSON number text, kept exact for emission.</summary>
internal sealed record NumericBound(string Literal, bool Exclusive, ConstraintOrigin Origin);
