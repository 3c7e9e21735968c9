using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>
/// The keywords one value is checked against, references already resolved: what validation code is written from.
/// <paramref name="Type"/> is the one declared JSON type (None for any), <paramref name="Types"/> a "type" array;
/// <paramref name="Pattern"/> is null when it does not compile in .NET (documented, never checked).
/// <paramref name="Items"/> and <paramref name="Values"/> are the rules of a list's items and a map's values.
/// </summary>
internal sealed record ValueRules(
    JsonTypes Type,
    JsonTypes Types,
    bool Nullable,
    LimitRule? Minimum,
    LimitRule? Maximum,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    int? MinItems,
    int? MaxItems,
    bool UniqueItems,
    EquatableArray<string> AllowedValues,
    string? Const,
    ValueRules? Items,
    ValueRules? Values)
{
    /// <summary>True when enum or const applies.</summary>
    public bool ChecksEquality => !AllowedValues.IsEmpty || Const is not null;
}

/// <summary>A numeric limit: the JSON number text (kept exact) and whether the limit itself is excluded.</summary>
internal sealed record LimitRule(string Literal, bool Exclusive);
