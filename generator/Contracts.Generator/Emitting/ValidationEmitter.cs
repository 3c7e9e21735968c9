using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits Validate() and the record's IValidationCore.ValidateCore. ValidateCore runs twice at most (ValidationChecks.All):
/// first with no error list (stops at the first violation, builds no paths, allocates nothing), then, only if invalid,
/// collecting every violation with its JSON Pointer. Each member is a few runtime calls that check, report and say whether to go on.
/// </summary>
internal static class ValidationEmitter
{
    private const string Checks = "_Check";

    /// <summary>The member that records, while reading, the first member additionalProperties: false forbids.</summary>
    public const string UnexpectedMemberField = "_unexpectedMember";

    public static void Emit(SourceWriter writer, FileLookups context, RecordPlan record)
    {
        writer.Line($"public _Gen.IReadOnlyList<_Rt.ValidationError> Validate() => {Checks}.All(this);");
        writer.Line();
        writer.OpenBrace("bool _Rt.IValidationCore.ValidateCore(_Gen.List<_Rt.ValidationError>? errors, string? path)");
        var patterns = new CheckFields();
        var checks = new TypedValueChecks(context.Unions, patterns);
        foreach (var property in record.Properties)
        {
            EmitProperty(writer, property, checks);
        }
        EmitUndeclaredMembers(writer, record, checks);
        writer.Line("return true;");
        writer.CloseBrace();
        writer.Line();
        patterns.Emit(writer);
    }

    /// <summary>
    /// Reports a violation when <paramref name="condition"/> holds (always when null): stop at once when only validity is
    /// asked, else record it and go on. One line.
    /// </summary>
    internal static void FailWhen(SourceWriter writer, string? condition, string error)
    {
        if (condition is null) writer.Line($"if (!{Checks}.Report(errors, {error})) return false;");
        else writer.Line($"if ({condition} && !{Checks}.Report(errors, {error})) return false;");
    }

    private static void EmitProperty(SourceWriter writer, PropertyPlan property, TypedValueChecks checks)
    {
        var member = MemberLiteral(property);
        var valueType = property.Type.WithNullable(false);
        var plainValue = property.Type.IsValueType && !property.Type.Nullable;
        var refusesNull = !plainValue && property.Required && !property.SchemaNullable;
        var has = checks.Has(valueType, property.Rules);
        if (property.RequiredBit >= 0)
        {
            var missing = $"({MemberBits.WordOf(RecordEmitter.MissingRequiredField, property.RequiredBit)} & {MemberBits.Mask(property.RequiredBit)}) != 0";
            // A missing member holds null unless it is a plain value or has a default: then its keywords wait for it to be present.
            if (has && (plainValue || property.DefaultLiteral is not null))
            {
                writer.Line($"if ({missing}) {{ if (!{Checks}.Required(errors, path, {member}, true)) return false; }}");
                writer.OpenBrace("else");
                if (refusesNull) writer.Line($"if (!{Checks}.NotNull(errors, path, {member}, {property.Name})) return false;");
                checks.Value(writer, valueType, property.Rules, property.Name, !plainValue, "path", member, 0, property.LocalName);
                writer.CloseBrace();
                return;
            }
            writer.Line($"if (!{Checks}.Required(errors, path, {member}, {missing}{(refusesNull ? ", " + property.Name : "")})) return false;");
        }
        else if (refusesNull)
        {
            writer.Line($"if (!{Checks}.NotNull(errors, path, {member}, {property.Name})) return false;");
        }
        if (has) checks.Value(writer, valueType, property.Rules, property.Name, !plainValue, "path", member, 0, property.LocalName);
    }

    /// <summary>Members the schema does not declare: forbidden (additionalProperties: false) or checked against its schema.</summary>
    private static void EmitUndeclaredMembers(SourceWriter writer, RecordPlan record, TypedValueChecks checks)
    {
        if (record.NullBitCount > 0)
        {
            // One test on the common path; each member's only when some member was read as null.
            writer.OpenBrace($"if ({MemberBits.AnySet(RecordEmitter.NullMembersField, record.NullBitCount)})");
            foreach (var property in record.Properties)
            {
                if (property.NullBit < 0) continue;
                // Still null: a value set since (also through `with`) ends the finding.
                writer.Line($"if (({MemberBits.WordOf(RecordEmitter.NullMembersField, property.NullBit)} & {MemberBits.Mask(property.NullBit)}) != 0 && !{Checks}.NotNull(errors, path, {MemberLiteral(property)}, {property.Name})) return false;");
            }
            writer.CloseBrace();
        }
        if (!record.KeepsUnknownMembers)
        {
            writer.Line($"if (!{Checks}.NoAdditionalProperty(errors, path, {UnexpectedMemberField})) return false;");
            return;
        }
        if (record.UndeclaredMembers is not { } rules || !JsonElementChecks.Has(rules, checkType: true)) return;
        // Kept as JSON, so checked as JSON: type and the keywords of the member schema itself (not those nested in it).
        var member = checks.Local("member");
        writer.OpenBrace($"if (AdditionalProperties is {{ }} extra)");
        writer.OpenBrace($"foreach (var {member} in extra)");
        var json = checks.Local("json");
        writer.Line($"var {json} = _Rt.JsonValueChecks.ToJson({member}.Value);");
        JsonElementChecks.Emit(writer, rules, json, $"path + \"/\" + {member}.Key.Replace(\"~\", \"~0\").Replace(\"/\", \"~1\")", checkType: true, checks.Patterns, checks.Local);
        writer.CloseBrace();
        writer.CloseBrace();
    }

    /// <summary>The member's JSON Pointer suffix as a C# literal: "/" and the name, "~" and "/" escaped as RFC 6901 asks.</summary>
    private static string MemberLiteral(PropertyPlan property) => CSharpText.StringLiteral("/" + Reading.JsonPointer.EscapeToken(property.JsonName));
}
