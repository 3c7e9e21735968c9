using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>Reads JSON null as null and anything else through the converter of the underlying value type.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class NullableConverter<T> : JsonConverter<T?> where T : struct
{
    private readonly JsonConverter<T> _value;

    /// <summary>Creates the converter over the value converter.</summary>
    public NullableConverter(JsonConverter<T> value) => _value = value;

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Null ? null : _value.Read(ref reader, typeof(T), options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } present)
        {
            _value.Write(writer, present, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
