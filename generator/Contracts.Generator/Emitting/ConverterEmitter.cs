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
        writer.Line("[_Sys.ComponentModel.EditorBrowsable(_Sys.ComponentModel.EditorBrowsableState.Never)]");
        writer.OpenBrace($"public sealed class JsonConverter : _Json.Serialization.JsonConverter<{name}>");
        writer.Line("/// <summary>The shared instance.</summary>");
        writer.Line("public static JsonConverter Instance { get; } = new JsonConverter();");
        writer.Line("private const _Json.JsonTokenType Null = _Json.JsonTokenType.Null;");

        if (!record.Properties.IsEmpty)
        {
            var names = new System.Text.StringBuilder("private static readonly _Rt.JsonMemberNames " + NamesField + " = new(");
            foreach (var property in record.Properties)
            {
                names.Append(property.Index == 0 ? "" : ", ").Append(CSharpText.StringLiteral(property.JsonName));
            }
            writer.Line(names.Append(");").ToString());
        }
        var cached = new Dictionary<int, string>();
        foreach (var property in record.Properties)
        {
            var valueType = property.Type.WithNullable(false);
            if (JsonReadWriteCode.NeedsCachedConverter(valueType))
            {
                var field = "s_converter" + property.Index.ToString(CultureInfo.InvariantCulture);
                cached[property.Index] = field;
                writer.Line($"private static readonly {JsonReadWriteCode.CachedConverterDeclaration(valueType, field)};");
            }
        }
        writer.Line();
        EmitRead(writer, record, cached);
        writer.Line();
        EmitWrite(writer, record, cached);
        writer.CloseBrace();
    }

    /// <summary>The record's member names, one runtime table for writing them and looking them up.</summary>
    private const string NamesField = "s_names";

    private static string EncodedName(PropertyPlan property) => NamesField + "[" + property.Index.ToString(CultureInfo.InvariantCulture) + "]";

    private static void EmitRead(SourceWriter writer, RecordPlan record, Dictionary<int, string> cached)
    {
        var name = record.Name;
        writer.OpenBrace($"public override {name} Read(ref _Json.Utf8JsonReader reader, _Sys.Type typeToConvert, _Json.JsonSerializerOptions options)");
        writer.Line($"_Rt.JsonMembers.Start(ref reader, \"{name}\");");
        foreach (var property in record.Properties)
        {
            var initial = property.DefaultLiteral is null ? "default" : property.ConstantPrefix + "Default";
            writer.Line($"{LocalType(property)} {property.LocalName} = {initial};");
        }
        for (var word = 0; word < MemberBits.Words(record.RequiredBitCount); word++) writer.Line($"ulong {MemberBits.Word("present", word)} = 0;");
        if (record.KeepsUnknownMembers) writer.Line("_Rt.ExtensionMemberMap? extra = null;");
        else writer.Line("string? unexpected = null;");
        for (var word = 0; word < MemberBits.Words(record.NullBitCount); word++) writer.Line($"ulong {MemberBits.Word("nullMembers", word)} = 0;");
        var unknown = record.KeepsUnknownMembers ? "_Rt.JsonMembers.Keep(ref reader, ref extra);" : "_Rt.JsonMembers.Refuse(ref reader, ref unexpected);";
        if (!record.Properties.IsEmpty) writer.Line("var expected = 0;");
        writer.OpenBrace("while (_Rt.JsonMembers.Next(ref reader))");
        if (record.Properties.IsEmpty)
        {
            writer.Line(unknown);
            writer.CloseBrace();
            EmitConstruction(writer, record);
            return;
        }
        // Names are matched by the shared table, trying the next declared member first; unknown ones fall to default.
        writer.OpenBrace($"switch ({NamesField}.Find(ref reader, ref expected))");
        foreach (var property in record.Properties)
        {
            var label = "case " + property.Index.ToString(CultureInfo.InvariantCulture) + ": ";
            var setPresent = property.RequiredBit < 0 ? null : $"{MemberBits.WordOf("present", property.RequiredBit)} |= {MemberBits.Mask(property.RequiredBit)};";
            var valueType = property.Type.WithNullable(false);
            cached.TryGetValue(property.Index, out var converter);
            var read = $"{property.LocalName} = {JsonReadWriteCode.Read(valueType, converter)};";
            if (valueType.Kind == ValueKind.Any && !property.Type.Nullable)
            {
                // Required, of no single type: JSON null is a JSON value like any other, kept for Validate() to judge.
                writer.Line($"{label}{read}{(setPresent is null ? "" : " " + setPresent)} break;");
                continue;
            }
            // Null is a value only where the schema allows it; elsewhere it counts as absent.
            var onNull = new List<string>();
            if (property.Type.Nullable) onNull.Add($"{property.LocalName} = null;");
            if (setPresent is not null && property.SchemaNullable) onNull.Add(setPresent);
            if (property.NullBit >= 0) onNull.Add($"{MemberBits.WordOf("nullMembers", property.NullBit)} |= {MemberBits.Mask(property.NullBit)};");
            var onValue = setPresent is null ? read : "{ " + read + " " + setPresent + " }";
            writer.Line(onNull.Count > 0
                ? $"{label}if (reader.TokenType == Null) {Block(onNull)} else {onValue} break;"
                : $"{label}if (reader.TokenType != Null) {onValue} break;");
        }
        writer.Line($"default: {unknown} break;");
        writer.CloseBrace();
        writer.CloseBrace();
        EmitConstruction(writer, record);
    }

    /// <summary>One statement as it is, several in braces.</summary>
    private static string Block(List<string> statements) => statements.Count == 1 ? statements[0] : "{ " + string.Join(" ", statements) + " }";

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

    /// <summary>Locals hold "maybe absent" values: nullable, except required non-null value types (absence is in the mask).</summary>
    private static string LocalType(PropertyPlan property)
        => property.Required && property.Type.IsValueType && !property.Type.Nullable ? property.Type.Name : property.Type.WithNullable(true).Name;

    private static void EmitWrite(SourceWriter writer, RecordPlan record, Dictionary<int, string> cached)
    {
        writer.OpenBrace($"public override void Write(_Json.Utf8JsonWriter writer, {record.Name} value, _Json.JsonSerializerOptions options)");
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
                    var write = JsonReadWriteCode.WriteMember(valueType, encoded, "value." + property.Name, converter);
                    writer.Line($"if ({JsonReadWriteCode.HeldJson(valueType, "value." + property.Name)}.ValueKind != _Json.JsonValueKind.Undefined) {Braced(write)}");
                }
                else if (property.Type.IsValueType)
                {
                    writer.Line(JsonReadWriteCode.WriteMember(valueType, encoded, "value." + property.Name, converter));
                }
                else
                {
                    // A caller may still pass null through '!'; write it rather than fail here (validation reports it).
                    var write = JsonReadWriteCode.WriteMember(valueType, encoded, property.LocalName, converter);
                    writer.Line($"if (value.{property.Name} is {{ }} {property.LocalName}) {Braced(write)} else writer.WriteNull({encoded});");
                }
                continue;
            }
            var written = JsonReadWriteCode.WriteMember(valueType, encoded, property.LocalName, converter);
            // Required but nullable: null is a value the schema expects to see.
            var onNull = property.Required ? $" else writer.WriteNull({encoded});" : "";
            writer.Line($"if (value.{property.Name} is {{ }} {property.LocalName}) {Braced(written)}{onNull}");
        }
        if (record.KeepsUnknownMembers) writer.Line("_Rt.ExtensionMembers.Write(writer, value.AdditionalProperties);");
        writer.Line("writer.WriteEndObject();");
        writer.CloseBrace();
    }

    /// <summary>A statement as the body of an if: as it is when it is one, in braces when it is two (name, then value).</summary>
    private static string Braced(string statements) => statements.IndexOf(';') == statements.Length - 1 ? statements : "{ " + statements + " }";
}
