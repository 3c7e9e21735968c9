using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>
/// A record to emit for an object schema, with its members in wire order. <paramref name="RequiredBitCount"/> and
/// <paramref name="NullBitCount"/> count the members given a bit of each set, any number of them (64 per <c>ulong</c>).
/// <paramref name="UndeclaredMembers"/> are the rules of members the schema does not declare (additionalProperties), when it has any.
/// </summary>
internal sealed record RecordPlan(
    string Name,
    string Summary,
    ValueRules? UndeclaredMembers,
    EquatableArray<PropertyPlan> Properties,
    bool KeepsUnknownMembers,
    int RequiredBitCount = 0,
    int NullBitCount = 0)
{
    /// <summary>The description marks the type deprecated: it is generated with [Obsolete].</summary>
    public bool Deprecated { get; init; }
}
