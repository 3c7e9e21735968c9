using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>A string enum emitted as a struct that keeps unknown values: its name and known values.</summary>
internal sealed record EnumPlan(string Name, string Summary, EquatableArray<EnumValuePlan> Values)
{
    /// <summary>The values are integers (JSON number texts), held as a long; false for strings.</summary>
    public bool IsInteger { get; init; }

    /// <summary>The schema is marked deprecated: the type is generated with [Obsolete].</summary>
    public bool Deprecated { get; init; }
}

/// <summary>One known value: the wire string, the C# member name and its description.</summary>
internal sealed record EnumValuePlan(string Value, string MemberName, string? Description);
