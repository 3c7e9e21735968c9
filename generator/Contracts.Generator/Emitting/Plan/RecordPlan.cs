using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Emitting.Plan;

/// <summary>A record to emit for an object schema, with its members in wire order.</summary>
internal sealed record RecordPlan(
    string Name,
    string Summary,
    Schema Schema,
    EquatableArray<PropertyPlan> Properties,
    bool KeepsUnknownMembers);
