using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>C# snippets that read and write one value with Utf8JsonReader/Utf8JsonWriter, per C# type.</summary>
internal static class JsonReadWriteCode
{
    private const string Metadata = "_Json.Serialization.Metadata.JsonMetadataServices";

    /// <summary>An expression producing a JsonConverter for the (non-null) type; list and map converters allocate, so callers cache them.</summary>
    public static string Converter(TypeRef type)
    {
        var inner = type.Kind switch
        {
            ValueKind.String => "_Rt.NonNullConverters.String",
            // Whole numbers written with a fraction or an exponent (1.0, 1e2) are integers too.
            ValueKind.Int32 => "_Rt.IntegerConverters.Int32",
            ValueKind.Int64 => "_Rt.IntegerConverters.Int64",
            ValueKind.Double => Metadata + ".DoubleConverter",
            ValueKind.Single => Metadata + ".SingleConverter",
            ValueKind.Decimal => Metadata + ".DecimalConverter",
            ValueKind.Boolean => Metadata + ".BooleanConverter",
            ValueKind.Any => Metadata + ".JsonElementConverter",
            ValueKind.DateTimeOffset => "_Rt.LenientDateTimeOffsetConverter.Instance",
            ValueKind.Guid => Metadata + ".GuidConverter",
            ValueKind.Bytes => "_Rt.NonNullConverters.Bytes",
            ValueKind.File => "_Rt.FileContent.JsonConverter.Instance",
            ValueKind.Record or ValueKind.Enum or ValueKind.Union => type.RecordName + ".JsonConverter.Instance",
            ValueKind.List => $"new _Rt.ListConverter<{type.Element!.Name}>({Converter(type.Element)})",
            _ => $"new _Rt.DictionaryConverter<{type.Element!.Name}>({Converter(type.Element)})",
        };
        return type.Nullable && type.IsValueType ? $"new _Rt.NullableConverter<{type.NonNullableName}>({inner})" : inner;
    }

    /// <summary>True when reading or writing the type goes through a cached converter field.</summary>
    public static bool NeedsCachedConverter(TypeRef type) => type.Kind is ValueKind.List or ValueKind.Map;

    /// <summary>
    /// The declaration of a cached list or map converter field, typed as the sealed runtime class so calls through it
    /// need no virtual dispatch: <c>_Rt.ListConverter&lt;string&gt; s_converter5 = new(_Rt.NonNullConverters.String)</c>.
    /// </summary>
    public static string CachedConverterDeclaration(TypeRef type, string field)
    {
        var converterClass = type.Kind == ValueKind.List ? "_Rt.ListConverter" : "_Rt.DictionaryConverter";
        return $"{converterClass}<{type.Element!.Name}> {field} = new({Converter(type.Element)})";
    }

    /// <summary>An expression reading the current (non-null) token as the type.</summary>
    public static string Read(TypeRef type, string? cachedConverter) => type.Kind switch
    {
        ValueKind.String => "reader.GetString()!",
        ValueKind.Int32 => "_Rt.JsonIntegers.ReadInt32(ref reader)",
        ValueKind.Int64 => "_Rt.JsonIntegers.ReadInt64(ref reader)",
        ValueKind.Double => "reader.GetDouble()",
        ValueKind.Single => "reader.GetSingle()",
        ValueKind.Decimal => "reader.GetDecimal()",
        ValueKind.Boolean => "reader.GetBoolean()",
        ValueKind.Any => "_Json.JsonElement.ParseValue(ref reader)",
        ValueKind.DateTimeOffset => "_Rt.LenientDateTimeOffsetConverter.ReadValue(ref reader)",
        ValueKind.Guid => "reader.GetGuid()",
        ValueKind.Bytes => "reader.GetBytesFromBase64()",
        ValueKind.File => "_Rt.JsonMembers.Read(ref reader, _Rt.FileContent.JsonConverter.Instance, options)",
        ValueKind.Enum when type.IsIntegerEnum => $"new {type.RecordName}(_Rt.JsonIntegers.ReadInt64(ref reader))",
        ValueKind.Enum => $"new {type.RecordName}(reader.GetString()!)",
        ValueKind.Union => $"new {type.RecordName}(_Json.JsonElement.ParseValue(ref reader))",
        ValueKind.Record => $"_Rt.JsonMembers.Read(ref reader, {type.RecordName}.JsonConverter.Instance, options)",
        _ => $"_Rt.JsonMembers.Read(ref reader, {cachedConverter}, options)",
    };

    /// <summary>The JsonElement an any-JSON value or a union holds.</summary>
    public static string HeldJson(TypeRef type, string value) => type.Kind == ValueKind.Union ? value + ".Json" : value;

    /// <summary>A statement writing a named member whose value expression is not null.</summary>

    public static string WriteMember(TypeRef type, string encodedName, string value, string? cachedConverter) => type.Kind switch
    {
        ValueKind.String => $"writer.WriteString({encodedName}, {value});",
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Single or ValueKind.Decimal => $"writer.WriteNumber({encodedName}, {value});",
        ValueKind.Boolean => $"writer.WriteBoolean({encodedName}, {value});",
        ValueKind.Any => $"writer.WritePropertyName({encodedName}); {value}.WriteTo(writer);",
        ValueKind.DateTimeOffset or ValueKind.Guid => $"writer.WriteString({encodedName}, {value});",
        ValueKind.Bytes => $"writer.WriteBase64String({encodedName}, {value});",
        ValueKind.File => $"writer.WriteString({encodedName}, {value}.FileName);",
        ValueKind.Enum when type.IsIntegerEnum => $"writer.WriteNumber({encodedName}, {value}.Value);",
        ValueKind.Enum => $"writer.WriteString({encodedName}, {value}.Value);",
        ValueKind.Union => $"writer.WritePropertyName({encodedName}); {value}.Json.WriteTo(writer);",
        ValueKind.Record => $"_Rt.JsonMembers.Write(writer, {encodedName}, {value}, {type.RecordName}.JsonConverter.Instance, options);",
        _ => $"_Rt.JsonMembers.Write(writer, {encodedName}, {value}, {cachedConverter}, options);",
    };
}
