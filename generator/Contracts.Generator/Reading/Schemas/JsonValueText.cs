using System;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>Equality of JSON values kept as compact text: numbers by value (1 == 1.0), everything else by text.</summary>
internal static class JsonValueText
{
    public static bool Same(string left, string right)
        => NumericText.IsJsonNumber(left) && NumericText.IsJsonNumber(right)
            ? NumericText.NumericallyEqual(left, right)
            : string.Equals(left, right, StringComparison.Ordinal);

    public static bool Same(JsonNode value, string json) => Same(JsonCompactWriter.Write(value), json);

    /// <summary>The JSON type a value's text has, or null for JSON null; integers are told apart from other numbers.</summary>
    public static Model.SchemaType? TypeOf(string json)
    {
        if (json.Length == 0 || json == "null") return null;
        return json[0] switch
        {
            '"' => Model.SchemaType.String,
            '{' => Model.SchemaType.Object,
            '[' => Model.SchemaType.Array,
            't' or 'f' => Model.SchemaType.Boolean,
            _ => NumericText.IsIntegral(json) ? Model.SchemaType.Integer : Model.SchemaType.Number,
        };
    }
}
