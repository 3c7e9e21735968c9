using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>A string enum emitted as a struct that keeps unknown values: its name and known values.</summary>
internal sealed record EnumPlan(string Name, string Summary, EquatableArray<EnumValuePlan> Values);

/// <summary>One known value: the wire string, the C# member name and its description.</summary>
internal sealed record EnumValuePlan(string Value, string MemberName, string? Description);
