using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>Reads and writes a JSON object used as a map (additionalProperties) through a converter for its values.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DictionaryConverter<T> : JsonConverter<IReadOnlyDictionary<string, T>>
{
    private readonly JsonConverter<T> _value;

    /// <summary>Creates the converter over the value converter.</summary>
    public DictionaryConverter(JsonConverter<T> value) => _value = value;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object but found {reader.TokenType}.");
        }
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = JsonNullItems.Read(ref reader, _value, options);
        }
        return map;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var pair in value)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                _value.Write(writer, pair.Value, options);
            }
        }
        writer.WriteEndObject();
    }
}
