using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Planning;

/// <summary>
/// A record to emit for an object schema, with its members in wire order. <paramref name="RequiredBitCount"/> and
/// <paramref name="NullBitCount"/> count the members given a bit of each set, any number of them (64 per <c>ulong</c>).
/// </summary>
internal sealed record RecordPlan(
    string Name,
    string Summary,
    Schema Schema,
    EquatableArray<PropertyPlan> Properties,
    bool KeepsUnknownMembers,
    int RequiredBitCount = 0,
    int NullBitCount = 0);
