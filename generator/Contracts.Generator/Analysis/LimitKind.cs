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
    /// <summary>The one value allowed (const); the limit's value is that value.</summary>
    Const,
    /// <summary>The values a numeric enum lists; the limit's value is an ImmutableArray&lt;object&gt; of them.</summary>
    AllowedValues,
}
