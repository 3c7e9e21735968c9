using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Contracts;

/// <summary>Reads and writes members a schema does not declare, so they survive a round trip.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ExtensionMembers
{
    /// <summary>Reads the current value (the reader is on it) and stores it under <paramref name="name"/>.</summary>
    public static void Read(ref Utf8JsonReader reader, string name, ref ExtensionMemberMap? members)
    {
        members ??= new ExtensionMemberMap();
        members[name] = ReadValue(ref reader);
    }

    // Scalars become plain values: JsonNode.Parse would build a JsonDocument for each (about 110 more bytes a string).
    // Numbers keep their text that way, so they still go through Parse.
    private static JsonNode? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => JsonValue.Create(reader.GetString()),
        JsonTokenType.True => JsonValue.Create(true),
        JsonTokenType.False => JsonValue.Create(false),
        JsonTokenType.Null => null,
        _ => JsonNode.Parse(ref reader),
    };

    /// <summary>Writes every member, in insertion order.</summary>
    public static void Write(Utf8JsonWriter writer, IDictionary<string, JsonNode?>? members)
    {
        if (members is null)
        {
            return;
        }
        foreach (var pair in members)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                pair.Value.WriteTo(writer);
            }
        }
    }
}
