using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>
/// Converters for generated integer values (list items, map values, oneOf/anyOf alternatives) that read any whole JSON
/// number, as <see cref="JsonIntegers"/> does, and write integers as System.Text.Json does.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class IntegerConverters
{
    /// <summary>int.</summary>
    public static JsonConverter<int> Int32 { get; } = new Int32Converter();

    /// <summary>long.</summary>
    public static JsonConverter<long> Int64 { get; } = new Int64Converter();

    private sealed class Int32Converter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonIntegers.ReadInt32(ref reader);

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class Int64Converter : JsonConverter<long>
    {
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonIntegers.ReadInt64(ref reader);

        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
