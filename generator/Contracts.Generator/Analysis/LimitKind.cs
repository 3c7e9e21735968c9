namespace Contracts.Generator.Analysis;

/// <summary>A limit the generator emits as a constant next to a member; the name is the constant's suffix.</summary>
internal enum LimitKind
{
    Minimum,
    Maximum,
    ExclusiveMinimum,
    ExclusiveMaximum,
    MinLength,
    MaxLength,
    Pattern,
}
