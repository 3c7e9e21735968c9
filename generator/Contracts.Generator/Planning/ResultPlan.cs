using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>The result of an operation whose success statuses carry different body types: one member per status.</summary>
internal sealed record ResultPlan(string Name, EquatableArray<ResponsePlan> Successes);
