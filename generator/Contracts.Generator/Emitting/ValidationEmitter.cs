using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits Validate() and ValidateCore(). ValidateCore runs twice at most: first with no error list (stops at the first
/// violation, builds no paths, allocates nothing), then, only if invalid, collecting every violation with its JSON Pointer.
/// </summary>
internal static class ValidationEmitter
{
    private const string Failures = "_Fail";

    /// <summary>The member that records, while reading, the first member additionalProperties: false forbids.</summary>
    public const string UnexpectedMemberField = "_unexpectedMember";

    public static void Emit(SourceWriter writer, FileLookups context, RecordPlan record)
    {
        writer.OpenBrace("public _Gen.IReadOnlyList<_Rt.ValidationError> Validate()");
        writer.Line("if (ValidateCore(null, null)) return _Sys.Array.Empty<_Rt.ValidationError>();");
        writer.Line("var errors = new _Gen.List<_Rt.ValidationError>();");
        writer.Line("ValidateCore(errors, \"\");");
        writer.Line("return errors;");
        writer.CloseBrace();
        writer.Line();
        writer.Line("// True when valid. With no error list it stops at the first violation; path (JSON Pointer) is used only with a list.");
        writer.OpenBrace("internal bool ValidateCore(_Gen.List<_Rt.ValidationError>? errors, string? path)");
        writer.Line("var valid = true;");
        var patterns = new CheckFields();
        var checks = new TypedValueChecks(context.Unions, patterns);
        foreach (var property in record.Properties)
        {
            EmitProperty(writer, property, checks);
        }
        EmitUndeclaredMembers(writer, record, checks);
        writer.Line("return valid;");
        writer.CloseBrace();
        writer.Line();
        patterns.Emit(writer);
    }

    /// <summary>
    /// Reports a violation when <paramref name="header"/> ("if (…)", "else", or null for always) holds: stop at once when
    /// only validity is asked, else record it and go on. One line, in braces, so an else may follow.
    /// </summary>
    internal static void FailWhen(SourceWriter writer, string? header, string error)
    {
        if (header is null) writer.Line($"if (!{Failures}.Report(errors, ref valid, {error})) return false;");
        else writer.Line($"{header} {{ if (!{Failures}.Report(errors, ref valid, {error})) return false; }}");
    }

    private static void EmitProperty(SourceWriter writer, PropertyPlan property, TypedValueChecks checks)
    {
        var path = "path + " + CSharpText.StringLiteral("/" + PointerSegment(property.JsonName));
        var valueType = property.Type.WithNullable(false);
        var opened = 0;
        if (property.RequiredBit >= 0)
        {
            FailWhen(writer, $"if (({MemberBits.WordOf(RecordEmitter.MissingRequiredField, property.RequiredBit)} & {MemberBits.Mask(property.RequiredBit)}) != 0)", $"{Failures}.Required({path}, {CSharpText.StringLiteral(property.JsonName)})");
            // A present member with no keywords (and nothing to refuse null for) has nothing left to check.
            var nothingLeft = property.Type.IsValueType && !property.Type.Nullable
                ? !checks.Has(valueType, property.Rules)
                : !(property.Required && !property.SchemaNullable) && !checks.Has(valueType, property.Rules);
            if (nothingLeft) return;
            writer.OpenBrace("else");
            opened++;
        }
        if (property.Type.IsValueType && !property.Type.Nullable)
        {
            checks.Value(writer, valueType, property.Rules, property.Name, path, 0);
        }
        else
        {
            if (property.Required && !property.SchemaNullable)
            {
                FailWhen(writer, $"if ({property.Name} is null)", $"{Failures}.NotNull({path})");
            }
            if (checks.Has(valueType, property.Rules))
            {
                var local = property.LocalName;
                writer.OpenBrace($"{(property.Required && !property.SchemaNullable ? "else " : "")}if ({property.Name} is {{ }} {local})");
                checks.Value(writer, valueType, property.Rules, local, path, 0);
                writer.CloseBrace();
            }
        }
        for (; opened > 0; opened--) writer.CloseBrace();
    }

    /// <summary>Members the schema does not declare: forbidden (additionalProperties: false) or checked against its schema.</summary>
    private static void EmitUndeclaredMembers(SourceWriter writer, RecordPlan record, TypedValueChecks checks)
    {
        const string Escape = ".Replace(\"~\", \"~0\").Replace(\"/\", \"~1\")";
        if (record.NullBitCount > 0)
        {
            // One test on the common path; each member's only when some member was read as null.
            writer.OpenBrace($"if ({MemberBits.AnySet(RecordEmitter.NullMembersField, record.NullBitCount)})");
            foreach (var property in record.Properties)
            {
                if (property.NullBit < 0) continue;
                // Still null: a value set since (also through `with`) ends the finding.
                FailWhen(writer, $"if (({MemberBits.WordOf(RecordEmitter.NullMembersField, property.NullBit)} & {MemberBits.Mask(property.NullBit)}) != 0 && {property.Name} is null)", $"{Failures}.NotNull(path + {CSharpText.StringLiteral("/" + PointerSegment(property.JsonName))})");
            }
            writer.CloseBrace();
        }
        if (!record.KeepsUnknownMembers)
        {
            FailWhen(writer, $"if ({UnexpectedMemberField} is {{ }} unexpected)", $"{Failures}.AdditionalProperty(path + \"/\" + unexpected{Escape}, unexpected)");
            return;
        }
        if (record.UndeclaredMembers is not { } rules || !JsonElementChecks.Has(rules, checkType: true)) return;
        // Kept as JSON, so checked as JSON: type and the keywords of the member schema itself (not those nested in it).
        var member = checks.Local("member");
        writer.OpenBrace($"if (AdditionalProperties is {{ }} extra)");
        writer.OpenBrace($"foreach (var {member} in extra)");
        var json = checks.Local("json");
        writer.Line($"var {json} = _Rt.JsonValueChecks.ToJson({member}.Value);");
        JsonElementChecks.Emit(writer, rules, json, $"path + \"/\" + {member}.Key{Escape}", checkType: true, checks.Patterns, checks.Local);
        writer.CloseBrace();
        writer.CloseBrace();
    }

    /// <summary>"~" and "/" escaped as RFC 6901 asks.</summary>
    private static string PointerSegment(string name) => Reading.JsonPointer.EscapeToken(name);
}
