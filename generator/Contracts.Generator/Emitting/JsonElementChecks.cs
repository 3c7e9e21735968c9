using System.Globalization;
using System.Text;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Checks of a value held as a JsonElement (a member with no single type, a oneOf/anyOf site, an extra member): each
/// keyword applies only to the JSON kind it is about, as JSON Schema says (minimum ignores strings), and enum/const
/// compare as JSON.
/// </summary>
internal static class JsonElementChecks
{
    private const string Checks = "_Rt.JsonValueChecks";
    private const string Failures = "_Fail";
    private const string Kind = "_Json.JsonValueKind";

    public static bool Has(ValueRules c, bool checkType)
        => (checkType && c.Type != JsonTypes.None) || c.Types != JsonTypes.None || c.Minimum is not null || c.Maximum is not null || c.MinLength is not null
            || c.MaxLength is not null || c.Pattern is not null || c.MinItems is not null || c.MaxItems is not null
            || c.UniqueItems || c.ChecksEquality;

    /// <param name="element">An expression of type JsonElement.</param>
    /// <param name="checkType">
    /// Whether the schema's single type is checked too (it is not where the C# type already ensures it); several types
    /// (a "type" array) are always checked, since no C# type holds just them.
    /// </param>
    /// <param name="local">Makes local names unique within the method.</param>
    public static void Emit(SourceWriter writer, ValueRules c, string element, string path, bool checkType, CheckFields patterns, System.Func<string, string> local)
    {
        if (checkType && TypeTest(c.Type, element) is { } wrongType)
        {
            var test = c.Nullable ? $"{element}.ValueKind != {Kind}.Null && {wrongType}" : wrongType;
            ValidationEmitter.FailWhen(writer, test, $"{Failures}.Type({path}, {CSharpText.StringLiteral(TypeName(c.Type))}, {Checks}.TypeOf({element}))");
        }
        if (c.Types != JsonTypes.None)
        {
            var names = new System.Collections.Generic.List<string>();
            var mismatches = new System.Collections.Generic.List<string>();
            for (var type = JsonTypes.Boolean; type <= JsonTypes.Object; type = (JsonTypes)((int)type << 1))
            {
                if ((c.Types & type) == 0) continue;
                names.Add(TypeName(type));
                mismatches.Add(TypeTest(type, element)!);
            }
            if (c.Nullable) mismatches.Add($"{element}.ValueKind != {Kind}.Null");
            ValidationEmitter.FailWhen(writer, string.Join(" && ", mismatches), $"{Failures}.Type({path}, {CSharpText.StringLiteral(string.Join(" or ", names))}, {Checks}.TypeOf({element}))");
        }
        if (c.Minimum is not null || c.Maximum is not null)
        {
            writer.OpenBrace($"if ({element}.ValueKind == {Kind}.Number)");
            Bound(writer, c.Minimum, element, path, "<", "Minimum");
            Bound(writer, c.Maximum, element, path, ">", "Maximum");
            writer.CloseBrace();
        }
        var pattern = c.Pattern;
        if (c.MinLength is not null || c.MaxLength is not null || pattern is not null)
        {
            writer.OpenBrace($"if ({element}.ValueKind == {Kind}.String)");
            var text = local("text");
            writer.Line($"var {text} = {element}.GetString()!;");
            if (c.MinLength is not null || c.MaxLength is not null)
            {
                var length = local("length");
                writer.Line($"var {length} = _Rt.JsonText.CodePointLength({text});");
                Count(writer, c.MinLength, length, "<", $"{Failures}.MinLength", path);
                Count(writer, c.MaxLength, length, ">", $"{Failures}.MaxLength", path);
            }
            if (pattern is not null)
            {
                ValidationEmitter.FailWhen(writer, $"!{patterns.For(pattern)}.IsMatch({text})", $"{Failures}.Pattern({path}, {CSharpText.StringLiteral(pattern)}, {text})");
            }
            writer.CloseBrace();
        }
        if (c.MinItems is not null || c.MaxItems is not null || c.UniqueItems)
        {
            writer.OpenBrace($"if ({element}.ValueKind == {Kind}.Array)");
            var count = local("count");
            writer.Line($"var {count} = {element}.GetArrayLength();");
            Count(writer, c.MinItems, count, "<", $"{Failures}.MinItems", path);
            Count(writer, c.MaxItems, count, ">", $"{Failures}.MaxItems", path);
            if (c.UniqueItems)
            {
                var first = local("first");
                var second = local("second");
                ValidationEmitter.FailWhen(writer, $"{Checks}.HasDuplicates({element}, out var {first}, out var {second})", $"{Failures}.UniqueItems({path}, {first}, {second})");
            }
            writer.CloseBrace();
        }
        Equality(writer, c, element, path);
    }

    /// <summary>enum and const compared as JSON; <paramref name="element"/> is a JsonElement expression.</summary>
    public static void Equality(SourceWriter writer, ValueRules c, string element, string path)
    {
        if (!c.AllowedValues.IsEmpty)
        {
            var list = new StringBuilder();
            foreach (var text in c.AllowedValues) list.Append(list.Length == 0 ? "" : ", ").Append(CSharpText.StringLiteral(text));
            ValidationEmitter.FailWhen(writer, $"!{Checks}.IsOneOf({element}, {CSharpText.StringLiteral("[" + string.Join(",", c.AllowedValues) + "]")})", $"{Failures}.Enum({path}, new string[] {{ {list} }}, _Rt.JsonText.Of({element}))");
        }
        if (c.Const is { } constant)
        {
            ValidationEmitter.FailWhen(writer, $"!{Checks}.Same({element}, {Checks}.Constant({CSharpText.StringLiteral(constant)}))", $"{Failures}.Const({path}, {CSharpText.StringLiteral(constant)}, _Rt.JsonText.Of({element}))");
        }
    }

    private static string? TypeTest(JsonTypes type, string element) => type switch
    {
        JsonTypes.Integer => $"!{Checks}.IsInteger({element})",
        JsonTypes.Number => $"{element}.ValueKind != {Kind}.Number",
        JsonTypes.String => $"{element}.ValueKind != {Kind}.String",
        JsonTypes.Boolean => $"{element}.ValueKind is not ({Kind}.True or {Kind}.False)",
        JsonTypes.Array => $"{element}.ValueKind != {Kind}.Array",
        JsonTypes.Object => $"{element}.ValueKind != {Kind}.Object",
        _ => null,
    };

    private static string TypeName(JsonTypes type) => type.ToString().ToLowerInvariant();

    private static void Bound(SourceWriter writer, LimitRule? bound, string element, string path, string inclusiveFails, string kind)
    {
        if (bound is null) return;
        var literal = CSharpText.StringLiteral(bound.Literal);
        var op = bound.Exclusive ? inclusiveFails + "=" : inclusiveFails;
        ValidationEmitter.FailWhen(writer, $"{Checks}.CompareNumber({element}, {literal}) {op} 0", $"{Failures}.{kind}({path}, {literal}, _Rt.JsonText.Of({element}), {(bound.Exclusive ? "true" : "false")})");
    }

    private static void Count(SourceWriter writer, int? limit, string actual, string fails, string failure, string path)
    {
        if (limit is not { } value) return;
        var text = value.ToString(CultureInfo.InvariantCulture);
        ValidationEmitter.FailWhen(writer, $"{actual} {fails} {text}", $"{failure}({path}, {text}, {actual})");
    }
}
