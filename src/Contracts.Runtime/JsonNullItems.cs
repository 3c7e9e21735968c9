using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>How list items and map values read a JSON null.</summary>
internal static class JsonNullItems
{
    /// <summary>
    /// Null for reference and nullable items, a JSON null for JsonElement items (any JSON includes null); other value
    /// types cannot hold null, so it is a JsonException, as System.Text.Json says for a null int (reading it as 0 or
    /// false would make a null item pass validation).
    /// </summary>
    public static T Read<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Null || converter.HandleNull || typeof(T) == typeof(JsonElement))
        {
            return converter.Read(ref reader, typeof(T), options)!;
        }
        if (default(T) is null) return default!;
        throw new JsonException($"Expected a {typeof(T).Name} but found null.");
    }
}
