using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>A oneOf/anyOf value: its name, alternatives, and the discriminator member (null when there is none).</summary>
internal sealed record UnionPlan(string Name, string Summary, EquatableArray<UnionAlternativePlan> Alternatives, string? DiscriminatorProperty, bool AnyOf)
{
    /// <summary>The schema is marked deprecated: the type is generated with [Obsolete].</summary>
    public bool Deprecated { get; init; }
}

/// <summary>One alternative: the accessor suffix (TryGetCat), its C# type, the discriminator values that select it, and the rules it is checked against.</summary>
internal sealed record UnionAlternativePlan(string MemberName, TypeRef Type, EquatableArray<string> DiscriminatorValues, ValueRules Rules);
