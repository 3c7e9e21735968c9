using Contracts.Generator.Model;

namespace Contracts.Generator.Emitting.Plan;

/// <summary>
/// One record member. <paramref name="Type"/> is the declared C# type: nullable when the schema allows null or the member is optional.
/// <paramref name="ConstantPrefix"/> names the limit constants (e.g. NumOutputs → NumOutputsMaximum).
/// </summary>
internal sealed record PropertyPlan(
    string JsonName,
    string Name,
    string LocalName,
    TypeRef Type,
    bool Required,
    bool SchemaNullable,
    Schema Schema,
    string? DefaultLiteral,
    string ConstantPrefix,
    int Index);
