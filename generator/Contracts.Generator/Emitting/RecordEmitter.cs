using Contracts.Generator.Emitting.Plan;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Emitting;

/// <summary>Emits one record: documented members, limit constants, kept unknown members, validation and its JSON converter.</summary>
internal static class RecordEmitter
{
    public static string Emit(EmitContext context, RecordPlan record)
    {
        var file = context.File;
        var writer = SourceHeader.Start(file.FilePath, file.Namespace);
        DocComments.Summary(writer, record.Summary);
        if (record.Schema.Deprecated) writer.Line(Obsolete.Attribute);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({record.Name}.JsonConverter))]");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Contracts.Generator\", \"1.0\")]");
        writer.OpenBrace($"public sealed partial record {record.Name} : global::Contracts.IValidatable");

        foreach (var property in record.Properties)
        {
            EmitProperty(writer, record, property);
        }
        if (record.KeepsUnknownMembers)
        {
            writer.Line("/// <summary>Members the schema does not declare: kept when read, written back after the declared ones; add your own here.</summary>");
            writer.Line("public global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.Nodes.JsonNode?>? AdditionalProperties { get; set; }");
            writer.Line();
        }
        else
        {
            writer.Line("// The first member the JSON this value was read from had beyond the declared ones (additionalProperties: false).");
            writer.Line($"private string? {ValidationEmitter.UnexpectedMemberField};");
            writer.Line();
        }
        if (NullFindings.Any(record))
        {
            writer.Line("// Optional members the JSON this value was read from held as null where their schema does not allow null (one bit each).");
            writer.Line($"private ulong {NullFindings.Field};");
            writer.Line();
        }
        if (RequiredBits.Count(record) > 0)
        {
            writer.Line("// Required members absent from the JSON this value was read from (one bit per required member).");
            writer.Line("private ulong _missingRequired;");
            writer.Line();
        }
        foreach (var property in record.Properties)
        {
            EmitConstants(writer, property);
        }
        ValidationEmitter.Emit(writer, context, record);
        ConverterEmitter.Emit(writer, record);
        writer.CloseBrace();
        return writer.ToString();
    }

    private static void EmitProperty(SourceWriter writer, RecordPlan record, PropertyPlan property)
    {
        DocComments.ForValue(writer, property.Schema.Description, property.Schema.Title ?? "The " + property.JsonName + " member.", property.Schema, property.JsonName);
        if (property.Schema.Deprecated)
        {
            // C# refuses [Obsolete] on a required member of a type that is not obsolete itself (CS9042): documented instead.
            writer.Line(property.Required && !record.Schema.Deprecated ? "/// <remarks>Deprecated in the API description.</remarks>" : Obsolete.Attribute);
        }
        var required = property.Required ? "required " : "";
        var initializer = property.DefaultLiteral is null ? "" : $" = {property.ConstantPrefix}Default;";
        if (RequiredBits.Mask(record, property) is { } mask)
        {
            // Setting a required member (also through `with`) clears its "missing when read" bit.
            var field = "__" + property.Name;
            writer.Line($"public {required}{property.Type.Name} {property.Name} {{ get => {field}; init {{ {field} = value; _missingRequired &= ~{mask}; }} }}");
            var fieldInitializer = initializer.Length > 0 ? initializer : property.Type.Nullable || property.Type.IsValueType ? ";" : " = default!;";
            writer.Line($"private {property.Type.Name} {field}{fieldInitializer}");
        }
        else
        {
            writer.Line($"public {required}{property.Type.Name} {property.Name} {{ get; init; }}{initializer}");
        }
        writer.Line();
    }

    /// <summary>Limits and defaults as constants a UI can show, typed like the property when the value fits.</summary>
    private static void EmitConstants(SourceWriter writer, PropertyPlan property)
    {
        var scalar = property.Type.WithNullable(false);
        var constraints = property.Schema.Constraints;
        if (property.DefaultLiteral is { } defaultLiteral)
        {
            Constant(writer, scalar.Name, property.ConstantPrefix + "Default", defaultLiteral, "Default of " + property.Name + ".", isConst: scalar.Kind != ValueKind.Enum);
        }
        if (!scalar.IsNumber && scalar.Kind != ValueKind.String && scalar.Kind != ValueKind.List) return;
        if (scalar.IsNumber)
        {
            NumberConstant(writer, scalar, property.ConstantPrefix, constraints.Minimum, "Minimum", "ExclusiveMinimum");
            NumberConstant(writer, scalar, property.ConstantPrefix, constraints.Maximum, "Maximum", "ExclusiveMaximum");
        }
        if (scalar.Kind == ValueKind.String)
        {
            IntConstant(writer, property.ConstantPrefix + "MinLength", constraints.MinLength, "Fewest characters (code points) in " + property.Name + ".");
            IntConstant(writer, property.ConstantPrefix + "MaxLength", constraints.MaxLength, "Most characters (code points) in " + property.Name + ".");
            if (constraints.Pattern is { } pattern)
            {
                Constant(writer, "string", property.ConstantPrefix + "Pattern", CSharpText.StringLiteral(pattern), "Pattern " + property.Name + " must match.");
            }
        }
        if (scalar.Kind == ValueKind.List)
        {
            IntConstant(writer, property.ConstantPrefix + "MinItems", constraints.MinItems, "Fewest items in " + property.Name + ".");
            IntConstant(writer, property.ConstantPrefix + "MaxItems", constraints.MaxItems, "Most items in " + property.Name + ".");
        }
    }

    private static void NumberConstant(SourceWriter writer, TypeRef type, string prefix, NumericBound? bound, string inclusive, string exclusive)
    {
        if (bound is null) return;
        var literal = NumberLiteral.For(bound.Literal, type.Kind);
        var typeName = type.NonNullableName;
        if (literal is null)
        {
            literal = NumberLiteral.For(bound.Literal, ValueKind.Double);
            typeName = "double";
        }
        if (literal is null) return;
        var name = prefix + (bound.Exclusive ? exclusive : inclusive);
        Constant(writer, typeName, name, literal, (bound.Exclusive ? exclusive : inclusive) + " of " + prefix + (bound.Origin == ConstraintOrigin.Prose ? " (stated in the description)." : "."));
    }

    private static void IntConstant(SourceWriter writer, string name, int? value, string summary)
    {
        if (value is { } number) Constant(writer, "int", name, number.ToString(System.Globalization.CultureInfo.InvariantCulture), summary);
    }

    private static void Constant(SourceWriter writer, string type, string name, string literal, string summary, bool isConst = true)
    {
        DocComments.Summary(writer, summary);
        writer.Line(isConst ? $"public const {type} {name} = {literal};" : $"public static readonly {type} {name} = {literal};");
        writer.Line();
    }
}
