using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Contracts;

/// <summary>Formats values as JSON text for validation messages, the way a schema writes them.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonText
{
    /// <summary>An integer as JSON.</summary>
    public static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number as JSON (shortest round-trip form).</summary>
    public static string Of(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A number as JSON.</summary>
    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A boolean as JSON.</summary>
    public static string Of(bool value) => value ? "true" : "false";

    /// <summary>A string as a JSON string literal.</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value, RuntimeJsonContext.Default.String);

    /// <summary>Any JSON value as compact text.</summary>
    public static string Of(JsonElement value) => value.GetRawText();

    /// <summary>The length of a string in Unicode code points, as JSON Schema counts it.</summary>
    public static int CodePointLength(string value)
    {
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            length++;
        }
        return length;
    }
}
