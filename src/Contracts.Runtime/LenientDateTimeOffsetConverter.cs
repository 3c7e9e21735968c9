using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>
/// Reads date-time strings in ISO 8601 first and, failing that, in the common "yyyy-MM-dd HH:mm:ss" shapes servers send
/// (taken as UTC when they carry no offset); writes ISO 8601. Responses are read leniently.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>The shared instance.</summary>
    public static LenientDateTimeOffsetConverter Instance { get; } = new();

    /// <summary>Reads the current string token.</summary>
    public static DateTimeOffset ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)) return value;
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)) return value;
        throw new JsonException($"Expected a date-time string but found {(text is null ? reader.TokenType.ToString() : "\"" + text + "\"")}.");
    }

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
