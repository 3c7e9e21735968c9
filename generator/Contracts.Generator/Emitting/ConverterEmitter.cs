using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits the record's nested JsonConverter: reads members by UTF-8 name with no reflection, keeps unknown members,
/// tolerates missing required ones (they become validation findings), and writes members in schema order with pre-encoded names.
/// </summary>
internal static class ConverterEmitter
{
    public static void Emit(SourceWriter writer, RecordPlan record)
    {
        var name = record.Name;
        writer.Line("/// <summary>Reads and writes <see cref=\"" + name + "\"/> without reflection; used by the generated JsonSerializerContext.</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.OpenBrace($"public sealed class JsonConverter : global::System.Text.Json.Serialization.JsonConverter<{name}>");
        writer.Line("/// <summary>The shared instance.</summary>");
        writer.Line("public static JsonConverter Instance { get; } = new JsonConverter();");
        writer.Line();

        var cached = new Dictionary<int, string>();
        foreach (var property in record.Properties)
        {
            writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {EncodedName(property)} = global::System.Text.Json.JsonEncodedText.Encode({CSharpText.StringLiteral(property.JsonName)});");
            var valueType = property.Type.WithNullable(false);
            if (JsonReadWriteCode.NeedsCachedConverter(valueType))
            {
                var field = "s_converter" + property.Index.ToString(CultureInfo.InvariantCulture);
                cached[property.Index] = field;
                writer.Line($"private static readonly global::System.Text.Json.Serialization.JsonConverter<{valueType.Name}> {field} = {JsonReadWriteCode.Converter(valueType)};");
            }
        }
        writer.Line();
        EmitRead(writer, record, cached);
        writer.Line();
        EmitWrite(writer, record, cached);
        writer.CloseBrace();
    }

    private static string EncodedName(PropertyPlan property) => "s_name" + property.Index.ToString(CultureInfo.InvariantCulture);

    private static void EmitRead(SourceWriter writer, RecordPlan record, Dictionary<int, string> cached)
    {
        var name = record.Name;
        writer.Line("/// <inheritdoc />");
        writer.OpenBrace($"public override {name} Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.OpenBrace("if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)");
        writer.Line($"throw new global::System.Text.Json.JsonException(\"Expected a JSON object for {name} but found \" + reader.TokenType + \".\");");
        writer.CloseBrace();
        foreach (var property in record.Properties)
        {
            var initial = property.DefaultLiteral is null ? "default" : property.ConstantPrefix + "Default";
            writer.Line($"{LocalType(property)} {property.LocalName} = {initial};");
        }
        for (var word = 0; word < MemberBits.Words(record.RequiredBitCount); word++) writer.Line($"ulong {MemberBits.Word("present", word)} = 0;");
        if (record.KeepsUnknownMembers) writer.Line("global::Contracts.ExtensionMemberMap? extra = null;");
        else writer.Line("string? unexpected = null;");
        for (var word = 0; word < MemberBits.Words(record.NullBitCount); word++) writer.Line($"ulong {MemberBits.Word("nullMembers", word)} = 0;");
        writer.OpenBrace("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)");
        if (record.Properties.IsEmpty)
        {
            EmitUnknownMember(writer, record);
            writer.CloseBrace();
            EmitConstruction(writer, record);
            return;
        }
        // One lookup per member instead of a ValueTextEquals chain, which made reading a wide record quadratic.
        writer.Line("var member = MemberIndex(ref reader);");
        writer.OpenBrace("if (member < 0)");
        EmitUnknownMember(writer, record);
        writer.Line("continue;");
        writer.CloseBrace();
        writer.Line("reader.Read();");
        writer.OpenBrace("switch (member)");
        foreach (var property in record.Properties)
        {
            writer.Line("case " + property.Index.ToString(CultureInfo.InvariantCulture) + ":");
            writer.Indent();
            var setPresent = property.RequiredBit < 0 ? null : $"{MemberBits.WordOf("present", property.RequiredBit)} |= {MemberBits.Mask(property.RequiredBit)};";
            var valueType = property.Type.WithNullable(false);
            cached.TryGetValue(property.Index, out var converter);
            if (valueType.Kind == ValueKind.Any && !property.Type.Nullable)
            {
                // Required, of no single type: JSON null is a JSON value like any other, kept for Validate() to judge.
                writer.Line($"{property.LocalName} = {JsonReadWriteCode.Read(valueType, converter)};");
                if (setPresent is not null) writer.Line(setPresent);
                writer.Line("break;");
                writer.Outdent();
                continue;
            }
            // Null is a value only where the schema allows it; elsewhere it counts as absent.
            var onNull = new List<string>();
            if (property.Type.Nullable) onNull.Add($"{property.LocalName} = null;");
            if (setPresent is not null && property.SchemaNullable) onNull.Add(setPresent);
            if (property.NullBit >= 0) onNull.Add($"{MemberBits.WordOf("nullMembers", property.NullBit)} |= {MemberBits.Mask(property.NullBit)};");
            if (onNull.Count > 0)
            {
                writer.OpenBrace("if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)");
                foreach (var line in onNull) writer.Line(line);
                writer.CloseBrace();
                writer.OpenBrace("else");
            }
            else
            {
                writer.OpenBrace("if (reader.TokenType != global::System.Text.Json.JsonTokenType.Null)");
            }
            writer.Line($"{property.LocalName} = {JsonReadWriteCode.Read(valueType, converter)};");
            if (setPresent is not null) writer.Line(setPresent);
            writer.CloseBrace();
            writer.Line("break;");
            writer.Outdent();
        }
        writer.CloseBrace();
        writer.CloseBrace();
        EmitConstruction(writer, record);
        writer.Line();
        EmitMemberIndex(writer, record);
    }

    /// <summary>The reader is on a member name no declared member has: keep it, or drop it and note it.</summary>
    private static void EmitUnknownMember(SourceWriter writer, RecordPlan record)
    {
        if (record.KeepsUnknownMembers)
        {
            writer.Line("var memberName = reader.GetString()!;");
            writer.Line("reader.Read();");
            writer.Line("global::Contracts.ExtensionMembers.Read(ref reader, memberName, ref extra);");
        }
        else
        {
            // additionalProperties: false: the member is dropped, and the first one's name kept for Validate().
            writer.Line("unexpected ??= reader.GetString();");
            writer.Line("reader.Read();");
            writer.Line("reader.Skip();");
        }
    }

    private static void EmitConstruction(SourceWriter writer, RecordPlan record)
    {
        var name = record.Name;
        writer.OpenBrace($"return new {name}");
        foreach (var property in record.Properties)
        {
            var suppress = property.Required && !property.Type.Nullable && !property.Type.IsValueType ? "!" : "";
            writer.Line($"{property.Name} = {property.LocalName}{suppress},");
        }
        writer.Line(record.KeepsUnknownMembers ? "AdditionalProperties = extra," : ValidationEmitter.UnexpectedMemberField + " = unexpected,");
        for (var word = 0; word < MemberBits.Words(record.NullBitCount); word++)
        {
            writer.Line($"{MemberBits.Word(RecordEmitter.NullMembersField, word)} = {MemberBits.Word("nullMembers", word)},");
        }
        for (var word = 0; word < MemberBits.Words(record.RequiredBitCount); word++)
        {
            writer.Line($"{MemberBits.Word(RecordEmitter.MissingRequiredField, word)} = {MemberBits.AllInWord(record.RequiredBitCount, word)} & ~{MemberBits.Word("present", word)},");
        }
        writer.CloseBrace(";");
        writer.CloseBrace();
    }

    /// <summary>
    /// Maps a member name to its property's index (or -1) by UTF-8 length, then bytes: a couple of comparisons per
    /// member where a chain of ValueTextEquals made one per declared member before it.
    /// </summary>
    private static void EmitMemberIndex(SourceWriter writer, RecordPlan record)
    {
        writer.Line("/// <summary>The index of the declared member the reader's property name is, or -1.</summary>");
        writer.OpenBrace("private static int MemberIndex(ref global::System.Text.Json.Utf8JsonReader reader)");
        writer.Line("// Escaped or split names are rare: unescape them, then match them the same way.");
        writer.Line("if (reader.ValueIsEscaped || reader.HasValueSequence) return MemberIndex(global::System.Text.Encoding.UTF8.GetBytes(reader.GetString()!));");
        writer.Line("return MemberIndex(reader.ValueSpan);");
        writer.CloseBrace();
        writer.Line();
        writer.OpenBrace("private static int MemberIndex(global::System.ReadOnlySpan<byte> name)");
        writer.OpenBrace("switch (name.Length)");
        var byLength = new SortedDictionary<int, List<PropertyPlan>>();
        foreach (var property in record.Properties)
        {
            var length = System.Text.Encoding.UTF8.GetByteCount(property.JsonName);
            if (!byLength.TryGetValue(length, out var group)) byLength[length] = group = new List<PropertyPlan>();
            group.Add(property);
        }
        foreach (var pair in byLength)
        {
            writer.Line("case " + pair.Key.ToString(CultureInfo.InvariantCulture) + ":");
            writer.Indent();
            foreach (var property in pair.Value)
            {
                writer.Line($"if (global::System.MemoryExtensions.SequenceEqual(name, {CSharpText.StringLiteral(property.JsonName)}u8)) return {property.Index.ToString(CultureInfo.InvariantCulture)};");
            }
            writer.Line("return -1;");
            writer.Outdent();
        }
        writer.Line("default:");
        writer.Indent();
        writer.Line("return -1;");
        writer.Outdent();
        writer.CloseBrace();
        writer.CloseBrace();
    }

    /// <summary>Locals hold "maybe absent" values: nullable, except required non-null value types (absence is in the mask).</summary>
    private static string LocalType(PropertyPlan property)
        => property.Required && property.Type.IsValueType && !property.Type.Nullable ? property.Type.Name : property.Type.WithNullable(true).Name;

    private static void EmitWrite(SourceWriter writer, RecordPlan record, Dictionary<int, string> cached)
    {
        writer.Line("/// <inheritdoc />");
        writer.OpenBrace($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {record.Name} value, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line("writer.WriteStartObject();");
        foreach (var property in record.Properties)
        {
            cached.TryGetValue(property.Index, out var converter);
            var valueType = property.Type.WithNullable(false);
            var encoded = EncodedName(property);
            if (!property.Type.Nullable)
            {
                if (valueType.Kind is ValueKind.Any or ValueKind.Union)
                {
                    // A JSON value that holds nothing (absent when read, or never set) is left out: it has no JSON to write.
                    writer.OpenBrace($"if ({JsonReadWriteCode.HeldJson(valueType, "value." + property.Name)}.ValueKind != global::System.Text.Json.JsonValueKind.Undefined)");
                    writer.Line(JsonReadWriteCode.WriteMember(valueType, encoded, "value." + property.Name, converter));
                    writer.CloseBrace();
                }
                else if (property.Type.IsValueType)
                {
                    writer.Line(JsonReadWriteCode.WriteMember(valueType, encoded, "value." + property.Name, converter));
                }
                else
                {
                    // A caller may still pass null through '!'; write it rather than fail here (validation reports it).
                    writer.OpenBrace($"if (value.{property.Name} is {{ }} {property.LocalName})");
                    writer.Line(JsonReadWriteCode.WriteMember(valueType, encoded, property.LocalName, converter));
                    writer.CloseBrace();
                    writer.Line($"else writer.WriteNull({encoded});");
                }
                continue;
            }
            writer.OpenBrace($"if (value.{property.Name} is {{ }} {property.LocalName})");
            writer.Line(JsonReadWriteCode.WriteMember(valueType, encoded, property.LocalName, converter));
            writer.CloseBrace();
            if (property.Required)
            {
                // Required but nullable: null is a value the schema expects to see.
                writer.Line($"else writer.WriteNull({encoded});");
            }
        }
        if (record.KeepsUnknownMembers) writer.Line("global::Contracts.ExtensionMembers.Write(writer, value.AdditionalProperties);");
        writer.Line("writer.WriteEndObject();");
        writer.CloseBrace();
    }
}
