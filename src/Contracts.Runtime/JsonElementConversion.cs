using System;
using System.Buffers;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>Moves values between JsonElement and generated types through their converters; used by generated unions.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonElementConversion
{
    private static readonly JsonSerializerOptions Options = new();

    /// <summary>Reads a value from an element; false (no exception) when it does not fit.</summary>
    public static bool TryRead<T>(JsonElement element, JsonConverter<T> converter, out T value)
    {
        value = default!;
        if (element.ValueKind == JsonValueKind.Undefined) return false;
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(element.GetRawText()));
        reader.Read();
        try
        {
            value = converter.Read(ref reader, typeof(T), Options)!;
            return value is not null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>Writes a value to a standalone element.</summary>
    public static JsonElement Write<T>(T value, JsonConverter<T> converter)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, Options);
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
