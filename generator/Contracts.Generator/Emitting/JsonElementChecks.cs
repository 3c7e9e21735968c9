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
    private const string Checks = "global::Contracts.JsonValueChecks";
    private const string Failures = "global::Contracts.ValidationFailures";
    private const string Kind = "global::System.Text.Json.JsonValueKind";

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
            writer.OpenBrace($"if ({test})");
            ValidationEmitter.Fail(writer, $"{Failures}.Type({path}, {CSharpText.StringLiteral(TypeName(c.Type))}, {Checks}.TypeOf({element}))");
            writer.CloseBrace();
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
            writer.OpenBrace($"if ({string.Join(" && ", mismatches)})");
            ValidationEmitter.Fail(writer, $"{Failures}.Type({path}, {CSharpText.StringLiteral(string.Join(" or ", names))}, {Checks}.TypeOf({element}))");
            writer.CloseBrace();
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
                writer.Line($"var {length} = global::Contracts.JsonText.CodePointLength({text});");
                Count(writer, c.MinLength, length, "<", $"{Failures}.MinLength", path);
                Count(writer, c.MaxLength, length, ">", $"{Failures}.MaxLength", path);
            }
            if (pattern is not null)
            {
                writer.OpenBrace($"if (!{patterns.For(pattern)}.IsMatch({text}))");
                ValidationEmitter.Fail(writer, $"{Failures}.Pattern({path}, {CSharpText.StringLiteral(pattern)}, {text})");
                writer.CloseBrace();
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
                writer.OpenBrace($"if ({Checks}.HasDuplicates({element}, out var {first}, out var {second}))");
                ValidationEmitter.Fail(writer, $"{Failures}.UniqueItems({path}, {first}, {second})");
                writer.CloseBrace();
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
            writer.OpenBrace($"if (!{Checks}.IsOneOf({element}, {CSharpText.StringLiteral("[" + string.Join(",", c.AllowedValues) + "]")}))");
            ValidationEmitter.Fail(writer, $"{Failures}.Enum({path}, new string[] {{ {list} }}, global::Contracts.JsonText.Of({element}))");
            writer.CloseBrace();
        }
        if (c.Const is { } constant)
        {
            writer.OpenBrace($"if (!{Checks}.Same({element}, {Checks}.Constant({CSharpText.StringLiteral(constant)})))");
            ValidationEmitter.Fail(writer, $"{Failures}.Const({path}, {CSharpText.StringLiteral(constant)}, global::Contracts.JsonText.Of({element}))");
            writer.CloseBrace();
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
        writer.OpenBrace($"if ({Checks}.CompareNumber({element}, {literal}) {op} 0)");
        ValidationEmitter.Fail(writer, $"{Failures}.{kind}({path}, {literal}, global::Contracts.JsonText.Of({element}), {(bound.Exclusive ? "true" : "false")})");
        writer.CloseBrace();
    }

    private static void Count(SourceWriter writer, int? limit, string actual, string fails, string failure, string path)
    {
        if (limit is not { } value) return;
        var text = value.ToString(CultureInfo.InvariantCulture);
        writer.OpenBrace($"if ({actual} {fails} {text})");
        ValidationEmitter.Fail(writer, $"{failure}({path}, {text}, {actual})");
        writer.CloseBrace();
    }
}
