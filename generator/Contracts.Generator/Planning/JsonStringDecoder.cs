using System.Text.Json;
using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>Decodes JSON string texts from the model (enum values, defaults).</summary>
internal static class JsonStringDecoder
{
    public static string? TryDecode(string json)
    {
        if (json.Length < 2 || json[0] != '"') return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
