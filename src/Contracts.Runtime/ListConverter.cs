using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>Reads and writes a JSON array through a converter for its items; used by generated converters.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    private readonly JsonConverter<T> _item;

    /// <summary>Creates the converter over the item converter.</summary>
    public ListConverter(JsonConverter<T> item) => _item = item;

    /// <inheritdoc />
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array but found {reader.TokenType}.");
        }
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(JsonNullItems.Read(ref reader, _item, options));
        }
        return items;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        for (var i = 0; i < value.Count; i++)
        {
            var item = value[i];
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                _item.Write(writer, item, options);
            }
        }
        writer.WriteEndArray();
    }
}
