using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Checks of one value by its C# type, as statements that call <see cref="ValidationEmitter.Fail"/>. One instance serves
/// one generated type: it numbers the type's regex fields and its locals.
/// </summary>
internal sealed class TypedValueChecks
{
    private const string Failures = "_Fail";

    private readonly Dictionary<string, UnionPlan> _unions;
    private int _locals;

    public TypedValueChecks(Dictionary<string, UnionPlan> unions, CheckFields patterns)
    {
        _unions = unions;
        Patterns = patterns;
    }

    public CheckFields Patterns { get; }

    /// <summary>A local name not used before in this type (a suffix keeps the usual name readable).</summary>
    public string Local(string name) => name + (_locals++).ToString(CultureInfo.InvariantCulture);

    public bool Has(TypeRef type, ValueRules c)
    {
        var equality = c.ChecksEquality;
        switch (type.Kind)
        {
            case ValueKind.Record:
            case ValueKind.Enum:
            case ValueKind.Union:
                return true;
            case ValueKind.DateTimeOffset:
            case ValueKind.Guid:
            case ValueKind.Bytes:
            case ValueKind.File:
                return false;
            case ValueKind.List:
                return equality || c.MinItems is not null || c.MaxItems is not null || c.UniqueItems || RejectsNull(type.Element!)
                    || (c.Items is { } items && Has(type.Element!.WithNullable(false), items));
            case ValueKind.Map:
                return equality || RejectsNull(type.Element!) || (c.Values is { } values && Has(type.Element!.WithNullable(false), values));
            case ValueKind.Any:
                return JsonElementChecks.Has(c, checkType: false);
            default:
                return c.Minimum is not null || c.Maximum is not null || c.MinLength is not null || c.MaxLength is not null
                    || c.Pattern is not null || equality;
        }
    }

    public void Value(SourceWriter writer, TypeRef type, ValueRules c, string value, string path, int depth)
    {
        switch (type.Kind)
        {
            case ValueKind.Union:
                var matches = "matches" + depth.ToString(CultureInfo.InvariantCulture);
                var anyOf = _unions.TryGetValue(type.RecordName!, out var union) && union.AnyOf;
                writer.Line($"var {matches} = {value}.Matches();");
                ValidationEmitter.FailWhen(writer, anyOf ? $"if ({matches} == 0)" : $"if ({matches} != 1)", $"{Failures}.Alternatives({path}, {(anyOf ? "true" : "false")}, {matches})");
                // The keywords beside oneOf/anyOf apply to the same value.
                JsonElementChecks.Emit(writer, c, value + ".Json", path, checkType: true, Patterns, Local);
                return;
            case ValueKind.Enum:
                ValidationEmitter.FailWhen(writer, $"if (!{value}.IsKnown)", $"{Failures}.Enum({path}, {type.RecordName}.AllowedJson, {(type.IsIntegerEnum ? $"_Rt.JsonText.Of({value}.Value)" : $"_Rt.JsonText.Quote({value}.Value)")})");
                return;
            case ValueKind.DateTimeOffset:
            case ValueKind.Guid:
            case ValueKind.Bytes:
            case ValueKind.File:
                return;
            case ValueKind.Record:
                writer.Line($"if (!{value}.ValidateCore(errors, errors is null ? null : {path})) {{ if (errors is null) return false; valid = false; }}");
                AsJsonEquality(writer, type, c, value, path);
                return;
            case ValueKind.Any:
                JsonElementChecks.Emit(writer, c, value, path, checkType: false, Patterns, Local);
                return;
            case ValueKind.List:
                ListChecks(writer, type, c, value, path, depth);
                AsJsonEquality(writer, type, c, value, path);
                return;
            case ValueKind.Map:
                MapChecks(writer, type, c, value, path, depth);
                AsJsonEquality(writer, type, c, value, path);
                return;
        }
        if (type.IsNumber)
        {
            Bound(writer, type, c.Minimum, value, path, "<", "<=", "Minimum");
            Bound(writer, type, c.Maximum, value, path, ">", ">=", "Maximum");
        }
        var actual = type.Kind == ValueKind.String ? $"_Rt.JsonText.Quote({value})" : $"_Rt.JsonText.Of({value})";
        if (type.Kind == ValueKind.String)
        {
            if (c.MinLength is not null || c.MaxLength is not null)
            {
                var length = "length" + depth.ToString(CultureInfo.InvariantCulture);
                writer.Line($"var {length} = _Rt.JsonText.CodePointLength({value});");
                if (c.MinLength is { } min)
                {
                    ValidationEmitter.FailWhen(writer, $"if ({length} < {Int(min)})", $"{Failures}.MinLength({path}, {Int(min)}, {length})");
                }
                if (c.MaxLength is { } max)
                {
                    ValidationEmitter.FailWhen(writer, $"if ({length} > {Int(max)})", $"{Failures}.MaxLength({path}, {Int(max)}, {length})");
                }
            }
            if (c.Pattern is { } pattern)
            {
                ValidationEmitter.FailWhen(writer, $"if (!{Patterns.For(pattern)}.IsMatch({value}))", $"{Failures}.Pattern({path}, {CSharpText.StringLiteral(pattern)}, {value})");
            }
        }
        var allowed = AllowedTest(type, c.AllowedValues, value);
        if (allowed is not null)
        {
            var texts = new StringBuilder();
            foreach (var text in c.AllowedValues) texts.Append(texts.Length == 0 ? "" : ", ").Append(CSharpText.StringLiteral(text));
            ValidationEmitter.FailWhen(writer, $"if ({allowed})", $"{Failures}.Enum({path}, new string[] {{ {texts} }}, {actual})");
        }
        if (c.Const is { } constant)
        {
            // A const of another JSON type (or out of the C# type's range) matches no value of this type.
            var constLiteral = Literal(type, constant);
            ValidationEmitter.FailWhen(writer, constLiteral is null ? null : $"if ({value} != {constLiteral})", $"{Failures}.Const({path}, {CSharpText.StringLiteral(constant)}, {actual})");
        }
    }

    /// <summary>enum and const of arrays, objects and maps: the value is compared as the JSON it writes.</summary>
    private void AsJsonEquality(SourceWriter writer, TypeRef type, ValueRules c, string value, string path)
    {
        if (!c.ChecksEquality) return;
        var json = Local("json");
        writer.OpenBrace();
        writer.Line($"var {json} = _Rt.JsonValueChecks.ToJson({value}, {JsonReadWriteCode.Converter(type.WithNullable(false))});");
        JsonElementChecks.Equality(writer, c, json, path);
        writer.CloseBrace();
    }

    private void ListChecks(SourceWriter writer, TypeRef type, ValueRules c, string value, string path, int depth)
    {
        if (c.MinItems is { } min)
        {
            ValidationEmitter.FailWhen(writer, $"if ({value}.Count < {Int(min)})", $"{Failures}.MinItems({path}, {Int(min)}, {value}.Count)");
        }
        if (c.MaxItems is { } max)
        {
            ValidationEmitter.FailWhen(writer, $"if ({value}.Count > {Int(max)})", $"{Failures}.MaxItems({path}, {Int(max)}, {value}.Count)");
        }
        var i = "i" + depth.ToString(CultureInfo.InvariantCulture);
        var j = "j" + depth.ToString(CultureInfo.InvariantCulture);
        if (c.UniqueItems && ComparesByValue(type.Element!))
        {
            writer.OpenBrace($"for (var {i} = 0; {i} < {value}.Count; {i}++)");
            writer.OpenBrace($"for (var {j} = {i} + 1; {j} < {value}.Count; {j}++)");
            ValidationEmitter.FailWhen(writer, $"if (_Gen.EqualityComparer<{type.Element!.Name}>.Default.Equals({value}[{i}], {value}[{j}]))", $"{Failures}.UniqueItems({path}, {i}, {j})");
            writer.CloseBrace();
            writer.CloseBrace();
        }
        else if (c.UniqueItems && type.Element!.Kind == ValueKind.Any && !type.Element.Nullable)
        {
            var first = Local("first");
            var second = Local("second");
            ValidationEmitter.FailWhen(writer, $"if (_Rt.JsonValueChecks.HasDuplicates({value}, out var {first}, out var {second}))", $"{Failures}.UniqueItems({path}, {first}, {second})");
        }
        else if (c.UniqueItems)
        {
            // Records, lists and JSON values are equal when their JSON is (member order and 1 vs 1.0 aside).
            var first = Local("first");
            var second = Local("second");
            ValidationEmitter.FailWhen(writer, $"if (_Rt.JsonValueChecks.HasDuplicates(_Rt.JsonValueChecks.ToJson({value}, {JsonReadWriteCode.Converter(type.WithNullable(false))}), out var {first}, out var {second}))", $"{Failures}.UniqueItems({path}, {first}, {second})");
        }
        var itemChecks = c.Items is { } items && Has(type.Element!.WithNullable(false), items);
        if (itemChecks || RejectsNull(type.Element!))
        {
            var item = "item" + depth.ToString(CultureInfo.InvariantCulture);
            var itemPath = $"{path} + \"/\" + {i}.ToString(_Sys.Globalization.CultureInfo.InvariantCulture)";
            writer.OpenBrace($"for (var {i} = 0; {i} < {value}.Count; {i}++)");
            ItemOrNull(writer, type.Element!, c.Items, $"{value}[{i}]", item, itemPath, itemChecks, depth);
            writer.CloseBrace();
        }
    }

    /// <summary>Element types whose C# equality is JSON equality.</summary>
    private static bool ComparesByValue(TypeRef element) => element.Kind is ValueKind.String or ValueKind.Int32 or ValueKind.Int64
        or ValueKind.Double or ValueKind.Single or ValueKind.Decimal or ValueKind.Boolean or ValueKind.Enum or ValueKind.Guid;

    private void MapChecks(SourceWriter writer, TypeRef type, ValueRules c, string value, string path, int depth)
    {
        var valueChecks = c.Values is { } values && Has(type.Element!.WithNullable(false), values);
        if (!valueChecks && !RejectsNull(type.Element!)) return;
        var pair = "pair" + depth.ToString(CultureInfo.InvariantCulture);
        var item = "entry" + depth.ToString(CultureInfo.InvariantCulture);
        writer.OpenBrace($"foreach (var {pair} in {value})");
        ItemOrNull(writer, type.Element!, c.Values, $"{pair}.Value", item, $"{path} + \"/\" + {pair}.Key.Replace(\"~\", \"~0\").Replace(\"/\", \"~1\")", valueChecks, depth);
        writer.CloseBrace();
    }

    /// <summary>Items of reference types hold null when the JSON had null; that is a violation where the item schema does not allow null.</summary>
    private static bool RejectsNull(TypeRef element) => !element.Nullable && !element.IsValueType;

    private void ItemOrNull(SourceWriter writer, TypeRef element, ValueRules? rules, string access, string item, string path, bool checks, int depth)
    {
        if (checks)
        {
            writer.OpenBrace($"if ({access} is {{ }} {item})");
            Value(writer, element.WithNullable(false), rules!, item, path, depth + 1);
            writer.CloseBrace();
        }
        if (!RejectsNull(element)) return;
        ValidationEmitter.FailWhen(writer, checks ? "else" : $"if ({access} is null)", $"{Failures}.NotNull({path})");
    }

    private static void Bound(SourceWriter writer, TypeRef type, LimitRule? bound, string value, string path, string inclusiveFails, string exclusiveFails, string kind)
    {
        if (bound is null) return;
        var literal = NumberLiteral.For(bound.Literal, type.Kind) ?? NumberLiteral.For(bound.Literal, ValueKind.Double);
        if (literal is null) return;
        if (type.Kind == ValueKind.Decimal && literal.EndsWith("d", System.StringComparison.Ordinal)) return;
        var op = bound.Exclusive ? exclusiveFails : inclusiveFails;
        ValidationEmitter.FailWhen(writer, $"if ({value} {op} {literal})", $"{Failures}.{kind}({path}, {CSharpText.StringLiteral(bound.Literal)}, _Rt.JsonText.Of({value}), {(bound.Exclusive ? "true" : "false")})");
    }

    /// <summary>
    /// A test true when <paramref name="value"/> is none of the allowed values that fit the type: a C# pattern
    /// (<c>is not ("a" or "b")</c>), or a set lookup when they are many; null when the schema lists none.
    /// </summary>
    private string? AllowedTest(TypeRef type, EquatableArray<string> allowed, string value)
    {
        if (allowed.IsEmpty) return null;
        var parts = new List<string>();
        foreach (var json in allowed)
        {
            if (Literal(type, json) is { } literal) parts.Add(literal);
        }
        if (parts.Count > CheckFields.MaxPatternAlternatives) return $"!{Patterns.Set(type.NonNullableName, parts)}.Contains({value})";
        return $"{value} is not ({(parts.Count == 0 ? "null" : string.Join(" or ", parts))})";
    }

    private static string? Literal(TypeRef type, string json) => ValueLiteral.For(type, json);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
