using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>
/// One record member. <paramref name="Type"/> is the declared C# type: nullable when the schema allows null or the member is optional.
/// <paramref name="ConstantPrefix"/> names the limit constants (e.g. NumOutputs → NumOutputsMaximum).
/// <paramref name="RequiredBit"/> is the member's bit among the record's required members and <paramref name="NullBit"/>
/// its bit among the members whose JSON null is a finding (see <see cref="RecordBits"/>); -1 when it has none.
/// </summary>
internal sealed record PropertyPlan(
    string JsonName,
    string Name,
    string LocalName,
    TypeRef Type,
    bool Required,
    bool SchemaNullable,
    ValueRules Rules,
    ValueDoc Doc,
    EquatableArray<ConstantPlan> Constants,
    string? DefaultLiteral,
    string ConstantPrefix,
    int Index,
    int RequiredBit = -1,
    int NullBit = -1)
{
    /// <summary>Whether the description marks the member deprecated, and how that is printed.</summary>
    public MemberDeprecation Deprecation { get; init; }
}
