using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits Validate() and the record's IValidationCore.ValidateCore. ValidateCore runs twice at most (ValidationChecks.All):
/// first with no error list (stops at the first violation, builds no paths, allocates nothing), then, only if invalid,
/// collecting every violation with its JSON Pointer. Each member is a runtime call or two that check, report and answer
/// whether to go on, so a record whose checks are all calls validates in one expression: <c>=> a &amp;&amp; b &amp;&amp; …;</c>.
/// </summary>
internal static class ValidationEmitter
{
    private const string Checks = "_Check";
    private const string Signature = "bool _Rt.IValidationCore.ValidateCore(_Gen.List<_Rt.ValidationError>? errors, string? path)";

    /// <summary>The member that records, while reading, the first member additionalProperties: false forbids.</summary>
    public const string UnexpectedMemberField = "_unexpectedMember";

    /// <summary>One step of ValidateCore, in order: an expression (true to go on) or statements.</summary>
    private readonly struct Step
    {
        public Step(string call) { Call = call; Write = null; }
        public Step(System.Action<SourceWriter> write) { Call = null; Write = write; }
        public string? Call { get; }
        public System.Action<SourceWriter>? Write { get; }
    }

    public static void Emit(SourceWriter writer, FileLookups context, RecordPlan record)
    {
        writer.Line($"public _Gen.IReadOnlyList<_Rt.ValidationError> Validate() => {Checks}.All(this);");
        writer.Line();
        var patterns = new CheckFields();
        var checks = new TypedValueChecks(context.Unions, patterns);
        var steps = new List<Step>();
        foreach (var property in record.Properties)
        {
            PropertySteps(steps, property, checks);
        }
        UndeclaredMemberSteps(steps, record, checks, patterns);
        var allCalls = steps.TrueForAll(step => step.Call is not null);
        if (allCalls && steps.Count == 0)
        {
            writer.Line(Signature + " => true;");
        }
        else if (allCalls)
        {
            writer.Line(Signature);
            writer.Indent();
            for (var i = 0; i < steps.Count; i++) writer.Line((i == 0 ? "=> " : "&& ") + steps[i].Call + (i == steps.Count - 1 ? ";" : ""));
            writer.Outdent();
        }
        else
        {
            writer.OpenBrace(Signature);
            foreach (var step in steps)
            {
                if (step.Call is { } call) writer.Line($"if (!{call}) return false;");
                else step.Write!(writer);
            }
            writer.Line("return true;");
            writer.CloseBrace();
        }
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

    private static void PropertySteps(List<Step> steps, PropertyPlan property, TypedValueChecks checks)
    {
        var member = MemberLiteral(property);
        var valueType = property.Type.WithNullable(false);
        var plainValue = property.Type.IsValueType && !property.Type.Nullable;
        var refusesNull = !plainValue && property.Required && !property.SchemaNullable;
        var has = checks.Has(valueType, property.Rules);
        var notNull = refusesNull ? $"{Checks}.NotNull(errors, path, {member}, {property.Name})" : null;
        if (property.RequiredBit >= 0)
        {
            var missing = $"({MemberBits.WordOf(RecordEmitter.MissingRequiredField, property.RequiredBit)} & {MemberBits.Mask(property.RequiredBit)}) != 0";
            // A missing member holds null unless it is a plain value or has a default: then its keywords wait for it to be present.
            if (has && (plainValue || property.DefaultLiteral is not null))
            {
                var required = $"{Checks}.Required(errors, path, {member}, true)";
                if (checks.Calls(valueType, property.Rules, property.Name, !plainValue, "path", member) is { } calls)
                {
                    if (notNull is not null) calls.Insert(0, notNull);
                    steps.Add(new Step($"({missing} ? {required} : {string.Join(" && ", calls)})"));
                    return;
                }
                steps.Add(new Step(writer =>
                {
                    writer.Line($"if ({missing}) {{ if (!{required}) return false; }}");
                    writer.OpenBrace("else");
                    if (notNull is not null) writer.Line($"if (!{notNull}) return false;");
                    checks.Value(writer, valueType, property.Rules, property.Name, !plainValue, "path", member, 0, property.LocalName);
                    writer.CloseBrace();
                }));
                return;
            }
            steps.Add(new Step($"{Checks}.Required(errors, path, {member}, {missing}{(refusesNull ? ", " + property.Name : "")})"));
        }
        else if (notNull is not null)
        {
            steps.Add(new Step(notNull));
        }
        if (!has) return;
        if (checks.Calls(valueType, property.Rules, property.Name, !plainValue, "path", member) is { } direct)
        {
            foreach (var call in direct) steps.Add(new Step(call));
            return;
        }
        steps.Add(new Step(writer => checks.Value(writer, valueType, property.Rules, property.Name, !plainValue, "path", member, 0, property.LocalName)));
    }

    /// <summary>
    /// Members read as a null their schema refuses (one call per 64 of them, the common path one test), then members the
    /// schema does not declare: forbidden (additionalProperties: false) or checked against its schema.
    /// </summary>
    private static void UndeclaredMemberSteps(List<Step> steps, RecordPlan record, TypedValueChecks checks, CheckFields fields)
    {
        for (var word = 0; word < MemberBits.Words(record.NullBitCount); word++)
        {
            var members = new List<string>();
            var values = new List<string>();
            foreach (var property in record.Properties)
            {
                if (property.NullBit / MemberBits.PerWord != word || property.NullBit < 0) continue;
                members.Add(MemberLiteral(property));
                values.Add(property.Name);
            }
            var bits = MemberBits.Word(RecordEmitter.NullMembersField, word);
            // Still null: a value set since (also through `with`) ends the finding.
            steps.Add(new Step($"({bits} == 0 || {Checks}.ReadAsNull(errors, path, {bits}, {fields.NullRefused(members)}, {string.Join(", ", values)}))"));
        }
        if (!record.KeepsUnknownMembers)
        {
            steps.Add(new Step($"{Checks}.NoAdditionalProperty(errors, path, {UnexpectedMemberField})"));
            return;
        }
        if (record.UndeclaredMembers is not { } rules || !JsonElementChecks.Has(rules, checkType: true)) return;
        steps.Add(new Step(writer =>
        {
            // Kept as JSON, so checked as JSON: type and the keywords of the member schema itself (not those nested in it).
            var member = checks.Local("member");
            writer.OpenBrace($"if (AdditionalProperties is {{ }} extra)");
            writer.OpenBrace($"foreach (var {member} in extra)");
            var json = checks.Local("json");
            writer.Line($"var {json} = _Rt.JsonValueChecks.ToJson({member}.Value);");
            JsonElementChecks.Emit(writer, rules, json, $"path + \"/\" + {member}.Key.Replace(\"~\", \"~0\").Replace(\"/\", \"~1\")", checkType: true, checks.Patterns, checks.Local);
            writer.CloseBrace();
            writer.CloseBrace();
        }));
    }

    /// <summary>The member's JSON Pointer suffix as a C# literal: "/" and the name, "~" and "/" escaped as RFC 6901 asks.</summary>
    private static string MemberLiteral(PropertyPlan property) => CSharpText.StringLiteral("/" + Reading.JsonPointer.EscapeToken(property.JsonName));
}
