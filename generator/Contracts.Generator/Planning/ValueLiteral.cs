using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>A schema's JSON value (an enum item, a const) as a C# literal of a scalar type; null when it is no value of that type.</summary>
internal static class ValueLiteral
{
    public static string? For(TypeRef type, string json)
    {
        if (type.Kind == ValueKind.String)
        {
            return JsonStringDecoder.TryDecode(json) is { } text ? CSharpText.StringLiteral(text) : null;
        }
        if (type.Kind == ValueKind.Boolean) return json == "true" || json == "false" ? json : null;
        return type.IsNumber ? NumberLiteral.For(json, type.Kind) : null;
    }
}
