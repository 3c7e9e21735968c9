using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Planning;

/// <summary>A client method parameter that maps to a path, query, header or cookie value.</summary>
internal sealed record ParameterPlan(string WireName, string Name, ParameterLocation In, bool Required, TypeRef Type, string? Description)
{
    /// <summary>How the value is written (the runtime's Contracts.ParameterStyle member of the same name).</summary>
    public ParameterStyleKind Style { get; init; } = ParameterStyleKind.Form;

    /// <summary>OpenAPI's explode: one pair per item or member instead of one joined value.</summary>
    public bool Explode { get; init; }

    /// <summary>One value, a list of values, or an object whose members are written.</summary>
    public ParameterShape Shape { get; init; } = ParameterShape.Scalar;

    /// <summary>What the value is checked against before sending; null when nothing applies.</summary>
    public ValueRules? Rules { get; init; }
}

/// <summary>The OpenAPI parameter styles, named as the runtime's <c>Contracts.ParameterStyle</c>.</summary>
internal enum ParameterStyleKind
{
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
    Label,
    Matrix,
}

/// <summary>What a parameter's C# value is, as far as writing it goes.</summary>
internal enum ParameterShape
{
    Scalar,
    List,
    /// <summary>A record or map, written member by member through its JSON.</summary>
    Object,
}
