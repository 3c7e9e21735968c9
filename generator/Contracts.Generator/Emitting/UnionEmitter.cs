using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits a oneOf/anyOf value as a struct over its JSON. Without a discriminator nothing tells the alternatives apart for
/// sure, so the JSON is always kept and each alternative is a TryGet that reads it on demand; Validate() counts matches.
/// </summary>
internal static class UnionEmitter
{
    private const string Conversion = "_Rt.JsonElementConversion";

    public static string Emit(FileLookups context, UnionPlan plan)
    {
        var file = context.File;
        var name = plan.Name;
        var writer = SourceHeader.Start(file.FilePath, file.Namespace);
        DocComments.Summary(writer, plan.Summary + " One of: " + string.Join(", ", System.Linq.Enumerable.Select(plan.Alternatives, a => a.MemberName)) + ".");
        writer.Line($"[_Json.Serialization.JsonConverter(typeof({name}.JsonConverter))]");
        if (plan.Deprecated) writer.Line(Obsolete.Attribute);
        writer.Line(SourceHeader.GeneratedCodeAttribute);
        writer.OpenBrace($"public readonly partial struct {name} : _Sys.IEquatable<{name}>");
        writer.Line("/// <summary>Wraps a JSON value as read.</summary>");
        writer.Line($"public {name}(_Json.JsonElement json) => Json = json;");
        writer.Line();
        writer.Line("/// <summary>The value's JSON, exactly as read or written.</summary>");
        writer.Line("public _Json.JsonElement Json { get; }");
        writer.Line();
        if (plan.DiscriminatorProperty is { } discriminator)
        {
            writer.Line($"/// <summary>The <c>{CSharpText.CommentText(discriminator)}</c> member that tells the alternatives apart, when present.</summary>");
            writer.Line($"public string? DiscriminatorValue => Json.ValueKind == _Json.JsonValueKind.Object && Json.TryGetProperty({CSharpText.StringLiteral(discriminator)}, out var tag) && tag.ValueKind == _Json.JsonValueKind.String ? tag.GetString() : null;");
            writer.Line();
        }
        foreach (var alternative in plan.Alternatives)
        {
            EmitAlternative(writer, plan, alternative);
        }
        EmitMatches(writer, plan, new TypedValueChecks(context.Unions, new CheckFields()));
        writer.Line("// Equality and hashing compare the JSON text as read; default(T) holds no JSON and reads as empty.");
        writer.Line("private string RawText => Json.ValueKind == _Json.JsonValueKind.Undefined ? \"\" : Json.GetRawText();");
        writer.Line();
        ValueStructMembers.Emit(writer, name, "RawText", $"Reads and writes <see cref=\"{name}\"/> as the JSON it holds.",
            "new(_Json.JsonElement.ParseValue(ref reader))", "value.Json.WriteTo(writer)");
        writer.CloseBrace();
        return writer.ToString();
    }

    private static void EmitAlternative(Helpers.SourceWriter writer, UnionPlan plan, UnionAlternativePlan alternative)
    {
        var type = alternative.Type;
        var converter = JsonReadWriteCode.Converter(type);
        var outType = type.IsValueType ? type.Name : type.Name + "?";
        var notNull = type.IsValueType ? "" : "[_Sys.Diagnostics.CodeAnalysis.NotNullWhen(true)] ";
        writer.Line($"/// <summary>Reads the value as <c>{CSharpText.CommentText(alternative.MemberName)}</c>; false when it is not one.</summary>");
        var signature = $"public bool TryGet{alternative.MemberName}({notNull}out {outType} value)";
        if (plan.DiscriminatorProperty is null || alternative.DiscriminatorValues.IsEmpty)
        {
            writer.Line($"{signature} => {Conversion}.TryRead(Json, {converter}, out value);");
        }
        else
        {
            writer.OpenBrace(signature);
            var values = string.Join(" or ", System.Linq.Enumerable.Select(alternative.DiscriminatorValues, CSharpText.StringLiteral));
            writer.OpenBrace($"if (DiscriminatorValue is {{ }} tag && tag is not ({values}))");
            writer.Line("value = default;");
            writer.Line("return false;");
            writer.CloseBrace();
            writer.Line($"return {Conversion}.TryRead(Json, {converter}, out value);");
            writer.CloseBrace();
        }
        writer.Line();
        writer.Line($"/// <summary>Wraps a <c>{CSharpText.CommentText(alternative.MemberName)}</c> value.</summary>");
        writer.Line($"public static {plan.Name} From{alternative.MemberName}({type.Name} value) => new({Conversion}.Write(value, {converter}));");
        writer.Line();
    }

    /// <summary>
    /// How many alternatives the value satisfies: it reads as the alternative's type and meets its keywords (records and
    /// enums check themselves; other alternatives get a static check method here). Validate() needs 1 (oneOf) or ≥ 1 (anyOf).
    /// </summary>
    private static void EmitMatches(Helpers.SourceWriter writer, UnionPlan plan, TypedValueChecks checks)
    {
        writer.Line("/// <summary>How many alternatives this value satisfies.</summary>");
        writer.OpenBrace("internal int Matches()");
        writer.Line("var matches = 0;");
        var index = 0;
        var checkedAlternatives = new System.Collections.Generic.List<(string Method, UnionAlternativePlan Alternative)>();
        foreach (var alternative in plan.Alternatives)
        {
            var number = (index++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var local = "option" + number;
            string valid;
            if (alternative.Type.Kind is ValueKind.Record) valid = $" && {local}.Validate().Count == 0";
            else if (alternative.Type.Kind is ValueKind.Enum) valid = $" && {local}.IsKnown";
            else if (checks.Has(alternative.Type, alternative.Rules))
            {
                var method = "IsValidOption" + number;
                checkedAlternatives.Add((method, alternative));
                valid = $" && {method}({local})";
            }
            else valid = "";
            writer.Line($"if (TryGet{alternative.MemberName}(out var {local}){valid}) matches++;");
        }
        writer.Line("return matches;");
        writer.CloseBrace();
        writer.Line();
        foreach (var (method, alternative) in checkedAlternatives)
        {
            // The record checks' shape: with no error list, the first violation returns false.
            writer.OpenBrace($"private static bool {method}({alternative.Type.Name} value)");
            writer.Line("_Gen.List<_Rt.ValidationError>? errors = null;");
            checks.Value(writer, alternative.Type, alternative.Rules, "value", !alternative.Type.IsValueType, "\"\"", "\"\"", 0);
            writer.Line("return true;");
            writer.CloseBrace();
            writer.Line();
        }
        checks.Patterns.Emit(writer);
    }
}
