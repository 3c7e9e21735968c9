using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>
/// The steps every generated converter takes through a JSON object, once here instead of once per type: the object's
/// start, each member's name, and members the type does not declare.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonMembers
{
    /// <summary>Throws unless the reader is on the start of an object; <paramref name="typeName"/> names the type read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Start(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject) ThrowNotAnObject(reader.TokenType, typeName);
    }

    /// <summary>Moves to the next member's name; false at the end of the object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Next(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType != JsonTokenType.EndObject;

    /// <summary>
    /// The UTF-8 name of the member the reader is on, unescaped. Escaped names and names split across buffer segments
    /// are rare; they are copied, so a converter matches them like any other.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Name(ref Utf8JsonReader reader)
        => reader.ValueIsEscaped || reader.HasValueSequence ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;

    /// <summary>The reader is on the name of a member the type does not declare: reads its value into <paramref name="members"/>.</summary>
    public static void Keep(ref Utf8JsonReader reader, ref ExtensionMemberMap? members)
    {
        var name = reader.GetString()!;
        reader.Read();
        ExtensionMembers.Read(ref reader, name, ref members);
    }

    /// <summary>
    /// The reader is on the name of a member the type forbids (additionalProperties: false): skips its value and keeps
    /// the first such name in <paramref name="first"/> for validation to report.
    /// </summary>
    public static void Refuse(ref Utf8JsonReader reader, ref string? first)
    {
        first ??= reader.GetString();
        reader.Read();
        reader.Skip();
    }

    /// <summary>Reads the value the reader is on (not null) through <paramref name="converter"/>, which returns no null for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        => converter.Read(ref reader, typeof(T), options)!;

    /// <summary>Writes a member: its pre-encoded <paramref name="name"/>, then <paramref name="value"/> through <paramref name="converter"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write<T>(Utf8JsonWriter writer, JsonEncodedText name, T value, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        converter.Write(writer, value, options);
    }

    private static void ThrowNotAnObject(JsonTokenType found, string typeName)
        => throw new JsonException("Expected a JSON object for " + typeName + " but found " + found + ".");
}
