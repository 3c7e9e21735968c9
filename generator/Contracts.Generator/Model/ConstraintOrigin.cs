namespace Contracts.Generator.Model;

/// <summary>Where a constraint came from: a JSON Schema keyword or prose in a description.</summary>
internal enum ConstraintOrigin
{
    Keyword,
    Prose,
}
