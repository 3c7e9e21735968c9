using Contracts.Generator.Helpers;

namespace Contracts.Generator.Model;

/// <summary>Every limit on a value, already merged from keywords and prose (keywords win).</summary>
internal sealed record Constraints
{
    public static readonly Constraints None = new();

    public NumericBound? Minimum { get; init; }
    public NumericBound? Maximum { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    /// <summary>ECMA-262 pattern as written in the schema.</summary>
    public string? Pattern { get; init; }
    public int? MinItems { get; init; }
    public int? MaxItems { get; init; }
    public bool UniqueItems { get; init; }
    /// <summary>Allowed values as JSON texts (e.g. <c>"a"</c>, <c>1</c>); empty when unrestricted.</summary>
    public EquatableArray<string> AllowedValues { get; init; } = EquatableArray<string>.Empty;
    public ConstraintOrigin AllowedValuesOrigin { get; init; }
    /// <summary>The one allowed value as JSON text (<c>const</c>).</summary>
    public string? Const { get; init; }

    public bool IsEmpty => this == None;
}
