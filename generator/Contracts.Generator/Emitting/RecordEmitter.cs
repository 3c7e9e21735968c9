using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>Emits one record: documented members, limit constants, kept unknown members, validation and its JSON converter.</summary>
internal static class RecordEmitter
{
    /// <summary>The bits of required members absent from the JSON the value was read from (then _missingRequired1, …).</summary>
    public const string MissingRequiredField = "_missingRequired";

    /// <summary>The bits of optional members read as a JSON null their schema refuses (then _nullMembers1, …).</summary>
    public const string NullMembersField = "_nullMembers";

    public static string Emit(FileLookups context, RecordPlan record)
    {
        var file = context.File;
        var writer = SourceHeader.Start(file.FilePath, file.Namespace);
        DocComments.Summary(writer, record.Summary);
        if (record.Deprecated) writer.Line(Obsolete.Attribute);
        writer.Line($"[_Json.Serialization.JsonConverter(typeof({record.Name}.JsonConverter))]");
        writer.Line(SourceHeader.GeneratedCodeAttribute);
        writer.OpenBrace($"public sealed partial record {record.Name} : _Rt.IValidatable, _Rt.IValidationCore");

        foreach (var property in record.Properties)
        {
            EmitProperty(writer, property);
        }
        if (record.KeepsUnknownMembers)
        {
            writer.Line("/// <summary>Undeclared members: kept when read, written after the declared ones.</summary>");
            writer.Line("public _Gen.IDictionary<string, _Json.Nodes.JsonNode?>? AdditionalProperties { get; set; }");
            writer.Line();
        }
        else
        {
            // The first undeclared member read (additionalProperties: false).
            writer.Line($"private string? {ValidationEmitter.UnexpectedMemberField};");
            writer.Line();
        }
        if (record.NullBitCount > 0)
        {
            // Optional members read as a null their schema refuses (one bit each).
            for (var word = 0; word < MemberBits.Words(record.NullBitCount); word++) writer.Line($"private ulong {MemberBits.Word(NullMembersField, word)};");
            writer.Line();
        }
        if (record.RequiredBitCount > 0)
        {
            // Required members absent when read (one bit each).
            for (var word = 0; word < MemberBits.Words(record.RequiredBitCount); word++) writer.Line($"private ulong {MemberBits.Word(MissingRequiredField, word)};");
            writer.Line();
        }
        var constants = false;
        foreach (var property in record.Properties)
        {
            constants |= EmitConstants(writer, property);
        }
        if (constants) writer.Line();
        ValidationEmitter.Emit(writer, context, record);
        ConverterEmitter.Emit(writer, record);
        writer.CloseBrace();
        return writer.ToString();
    }

    private static void EmitProperty(SourceWriter writer, PropertyPlan property)
    {
        DocComments.ForValue(writer, property.Doc);
        if (property.Deprecation == MemberDeprecation.Remark) writer.Line("/// <remarks>Deprecated in the API description.</remarks>");
        else if (property.Deprecation == MemberDeprecation.Obsolete) writer.Line(Obsolete.Attribute);
        var required = property.Required ? "required " : "";
        var initializer = property.DefaultLiteral is null ? "" : $" = {property.ConstantPrefix}Default;";
        if (property.RequiredBit >= 0)
        {
            // Setting a required member (also through `with`) clears its "missing when read" bit.
            var field = "__" + property.Name;
            var bits = MemberBits.WordOf(MissingRequiredField, property.RequiredBit);
            writer.Line($"public {required}{property.Type.Name} {property.Name} {{ get => {field}; init {{ {field} = value; {bits} &= ~{MemberBits.Mask(property.RequiredBit)}; }} }}");
            var fieldInitializer = initializer.Length > 0 ? initializer : property.Type.Nullable || property.Type.IsValueType ? ";" : " = default!;";
            writer.Line($"private {property.Type.Name} {field}{fieldInitializer}");
        }
        else
        {
            writer.Line($"public {required}{property.Type.Name} {property.Name} {{ get; init; }}{initializer}");
        }
        writer.Line();
    }

    /// <summary>The member's constants, one after another; true when there were any.</summary>
    private static bool EmitConstants(SourceWriter writer, PropertyPlan property)
    {
        foreach (var constant in property.Constants)
        {
            if (constant.Summary is { } summary) DocComments.Summary(writer, summary);
            writer.Line(constant.IsConst
                ? $"public const {constant.TypeName} {constant.Name} = {constant.Literal};"
                : $"public static readonly {constant.TypeName} {constant.Name} = {constant.Literal};");
        }
        return !property.Constants.IsEmpty;
    }
}
