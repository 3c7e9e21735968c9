using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Checks of one value by its C# type. Most are one call to the runtime's ValidationChecks per keyword group
/// (<c>if (!_Check.Length(errors, path, "/name", Name, 1, 120)) return false;</c>) that takes the value even when null;
/// the rest are statements over a non-null local that report through <see cref="ValidationEmitter.FailWhen"/>.
/// A value's place is a parent path expression and a member pointer literal, joined only when a violation is reported.
/// One instance serves one generated type: it numbers the type's regex fields and its locals.
/// </summary>
internal sealed class TypedValueChecks
{
    private const string Failures = "_Fail";
    private const string Checks = "_Check";

    private readonly Dictionary<string, UnionPlan> _unions;
    private int _locals;

    // Set while the checks of a value are gathered as expressions (see Calls) instead of written as lines.
    private List<string>? _calls;

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

    /// <summary>
    /// The checks of the value as expressions, each true to go on, when every one is a single call (see Value for the
    /// parameters); null when some need statements.
    /// </summary>
    public List<string>? Calls(TypeRef type, ValueRules c, string value, bool maybeNull, string path, string member)
    {
        if (!Direct(type, c)) return null;
        var calls = new List<string>();
        _calls = calls;
        try
        {
            Value(null!, type, c, value, maybeNull, path, member, 0);
        }
        finally
        {
            _calls = null;
        }
        return calls;
    }

    /// <summary>True when every check of the value is a runtime call that takes it even when null: no local, no block.</summary>
    private bool Direct(TypeRef type, ValueRules c)
    {
        switch (type.Kind)
        {
            case ValueKind.Record:
                return !c.ChecksEquality;
            case ValueKind.Union:
                return !JsonElementChecks.Has(c, checkType: true);
            case ValueKind.Enum:
            case ValueKind.DateTimeOffset:
            case ValueKind.Guid:
            case ValueKind.Bytes:
            case ValueKind.File:
                return true;
            case ValueKind.Any:
                return !JsonElementChecks.Has(c, checkType: false);
            case ValueKind.List:
                return !c.ChecksEquality && !c.UniqueItems && ElementsInOneCall(type, c.Items);
            case ValueKind.Map:
                return !c.ChecksEquality && ElementsInOneCall(type, c.Values);
        }
        if (!c.AllowedValues.IsEmpty) return false;
        if (c.Const is { } constant && !(type.Kind == ValueKind.String && RangeLimit.PlainString(constant))) return false;
        return !type.IsNumber || (RangeLimit.Literal(c.Minimum, type.Kind) is not null && RangeLimit.Literal(c.Maximum, type.Kind) is not null);
    }

    /// <summary>
    /// Writes the checks of <paramref name="value"/>, a C# expression of <paramref name="type"/> (not nullable) that may
    /// still hold null when <paramref name="maybeNull"/> (it is then taken into <paramref name="local"/> where a check needs it).
    /// </summary>
    /// <param name="path">The parent's JSON Pointer expression (<c>path</c>, <c>""</c>, or an item's local).</param>
    /// <param name="member">The value's pointer suffix within it as a C# literal, such as <c>"/name"</c>, or <c>""</c>.</param>
    public void Value(SourceWriter writer, TypeRef type, ValueRules c, string value, bool maybeNull, string path, string member, int depth, string? local = null)
    {
        if (maybeNull && !Direct(type, c))
        {
            var name = local ?? Local("value");
            writer.OpenBrace($"if ({value} is {{ }} {name})");
            Value(writer, type, c, name, false, path, member, depth);
            writer.CloseBrace();
            return;
        }
        var full = Full(path, member);
        var at = $"errors, {path}, {member}";
        switch (type.Kind)
        {
            case ValueKind.Union:
                var anyOf = _unions.TryGetValue(type.RecordName!, out var union) && union.AnyOf;
                Call(writer, $"{(anyOf ? "AnyOf" : "OneOf")}({at}, {value}{(maybeNull ? "?" : "")}.Matches())");
                // The keywords beside oneOf/anyOf apply to the same value.
                JsonElementChecks.Emit(writer, c, value + ".Json", full, checkType: true, Patterns, Local);
                return;
            case ValueKind.Enum:
                var known = Local("known");
                var actual = type.IsIntegerEnum ? $"_Rt.JsonText.Of({known}.Value)" : $"_Rt.JsonText.Quote({known}.Value)";
                var error = $"{Failures}.Enum({full}, {type.RecordName}.AllowedJson, {actual})";
                if (_calls is not null) _calls.Add($"({value} is not {{ IsKnown: false }} {known} || {Checks}.Report(errors, {error}))");
                else ValidationEmitter.FailWhen(writer, $"{value} is {{ IsKnown: false }} {known}", error);
                return;
            case ValueKind.DateTimeOffset:
            case ValueKind.Guid:
            case ValueKind.Bytes:
            case ValueKind.File:
                return;
            case ValueKind.Record:
                Call(writer, $"Valid({at}, {value})");
                AsJsonEquality(writer, type, c, value, full);
                return;
            case ValueKind.Any:
                JsonElementChecks.Emit(writer, c, value, full, checkType: false, Patterns, Local);
                return;
            case ValueKind.List:
                ListChecks(writer, type, c, value, maybeNull, path, member, depth);
                AsJsonEquality(writer, type, c, value, full);
                return;
            case ValueKind.Map:
                MapChecks(writer, type, c, value, path, member, depth);
                AsJsonEquality(writer, type, c, value, full);
                return;
        }
        if (type.IsNumber && (c.Minimum is not null || c.Maximum is not null))
        {
            if (RangeLimit.Literal(c.Minimum, type.Kind) is { } minimum && RangeLimit.Literal(c.Maximum, type.Kind) is { } maximum)
            {
                Call(writer, $"Range({at}, {value}, {minimum}, {maximum})");
            }
            else
            {
                Bound(writer, type, c.Minimum, value, full, "<", "<=", "Minimum");
                Bound(writer, type, c.Maximum, value, full, ">", ">=", "Maximum");
            }
        }
        var actualText = type.Kind == ValueKind.String ? $"_Rt.JsonText.Quote({value})" : $"_Rt.JsonText.Of({value})";
        if (type.Kind == ValueKind.String)
        {
            if (c.MinLength is not null || c.MaxLength is not null)
            {
                Call(writer, $"Length({at}, {value}, {Int(c.MinLength ?? 0)}, {(c.MaxLength is { } max ? Int(max) : "int.MaxValue")})");
            }
            if (c.Pattern is { } pattern)
            {
                Call(writer, $"Pattern({at}, {value}, {Patterns.For(pattern)})");
            }
        }
        var allowed = AllowedTest(type, c.AllowedValues, value);
        if (allowed is not null)
        {
            var texts = new StringBuilder();
            foreach (var text in c.AllowedValues) texts.Append(texts.Length == 0 ? "" : ", ").Append(CSharpText.StringLiteral(text));
            ValidationEmitter.FailWhen(writer, allowed, $"{Failures}.Enum({full}, new string[] {{ {texts} }}, {actualText})");
        }
        if (c.Const is { } constant)
        {
            if (type.Kind == ValueKind.String && RangeLimit.PlainString(constant))
            {
                Call(writer, $"Const({at}, {value}, {Literal(type, constant)})");
                return;
            }
            // A const of another JSON type (or out of the C# type's range) matches no value of this type.
            var constLiteral = Literal(type, constant);
            ValidationEmitter.FailWhen(writer, constLiteral is null ? null : $"{value} != {constLiteral}", $"{Failures}.Const({full}, {CSharpText.StringLiteral(constant)}, {actualText})");
        }
    }

    /// <summary>One runtime check: go on unless it says stop.</summary>
    private void Call(SourceWriter writer, string call)
    {
        if (_calls is not null) _calls.Add($"{Checks}.{call}");
        else writer.Line($"if (!{Checks}.{call}) return false;");
    }

    /// <summary>The JSON Pointer expression of a value, for the statements that build their violation themselves.</summary>
    private static string Full(string path, string member) => member == "\"\"" ? path : path == "\"\"" ? member : $"{path} + {member}";

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

    /// <summary>Items: a model's checks and null refused in one call; other item keywords in a loop over the items.</summary>
    private bool ElementsInOneCall(TypeRef type, ValueRules? rules)
    {
        var element = type.Element!;
        if (!(rules is { } items && Has(element.WithNullable(false), items))) return true;
        return element.Kind == ValueKind.Record && !items.ChecksEquality;
    }

    private void ListChecks(SourceWriter writer, TypeRef type, ValueRules c, string value, bool maybeNull, string path, string member, int depth)
    {
        var full = Full(path, member);
        var at = $"errors, {path}, {member}";
        if (c.MinItems is not null || c.MaxItems is not null)
        {
            Call(writer, $"ItemCount({at}, {value}{(maybeNull ? "?" : "")}.Count, {Int(c.MinItems ?? 0)}, {(c.MaxItems is { } max ? Int(max) : "int.MaxValue")})");
        }
        var i = "i" + depth.ToString(CultureInfo.InvariantCulture);
        var j = "j" + depth.ToString(CultureInfo.InvariantCulture);
        if (c.UniqueItems && ComparesByValue(type.Element!))
        {
            writer.OpenBrace($"for (var {i} = 0; {i} < {value}.Count; {i}++)");
            writer.OpenBrace($"for (var {j} = {i} + 1; {j} < {value}.Count; {j}++)");
            ValidationEmitter.FailWhen(writer, $"_Gen.EqualityComparer<{type.Element!.Name}>.Default.Equals({value}[{i}], {value}[{j}])", $"{Failures}.UniqueItems({full}, {i}, {j})");
            writer.CloseBrace();
            writer.CloseBrace();
        }
        else if (c.UniqueItems && type.Element!.Kind == ValueKind.Any && !type.Element.Nullable)
        {
            var first = Local("first");
            var second = Local("second");
            ValidationEmitter.FailWhen(writer, $"_Rt.JsonValueChecks.HasDuplicates({value}, out var {first}, out var {second})", $"{Failures}.UniqueItems({full}, {first}, {second})");
        }
        else if (c.UniqueItems)
        {
            // Records, lists and JSON values are equal when their JSON is (member order and 1 vs 1.0 aside).
            var first = Local("first");
            var second = Local("second");
            ValidationEmitter.FailWhen(writer, $"_Rt.JsonValueChecks.HasDuplicates(_Rt.JsonValueChecks.ToJson({value}, {JsonReadWriteCode.Converter(type.WithNullable(false))}), out var {first}, out var {second})", $"{Failures}.UniqueItems({full}, {first}, {second})");
        }
        var element = type.Element!;
        var itemChecks = c.Items is { } items && Has(element.WithNullable(false), items);
        if (!itemChecks)
        {
            if (RejectsNull(element)) Call(writer, $"NoNullItems({at}, {value})");
            return;
        }
        if (element.Kind == ValueKind.Record && !c.Items!.ChecksEquality)
        {
            Call(writer, $"ValidItems({at}, {value}{(RejectsNull(element) ? "" : ", allowNull: true")})");
            return;
        }
        var item = "at" + depth.ToString(CultureInfo.InvariantCulture);
        writer.OpenBrace($"for (var {i} = 0; {i} < {value}.Count; {i}++)");
        writer.Line($"var {item} = {Checks}.Item({at}, {i});");
        Element(writer, element, c.Items!, $"{value}[{i}]", item, depth);
        writer.CloseBrace();
    }

    /// <summary>Element types whose C# equality is JSON equality.</summary>
    private static bool ComparesByValue(TypeRef element) => element.Kind is ValueKind.String or ValueKind.Int32 or ValueKind.Int64
        or ValueKind.Double or ValueKind.Single or ValueKind.Decimal or ValueKind.Boolean or ValueKind.Enum or ValueKind.Guid;

    private void MapChecks(SourceWriter writer, TypeRef type, ValueRules c, string value, string path, string member, int depth)
    {
        var at = $"errors, {path}, {member}";
        var element = type.Element!;
        var valueChecks = c.Values is { } values && Has(element.WithNullable(false), values);
        if (!valueChecks)
        {
            if (RejectsNull(element)) Call(writer, $"NoNullValues({at}, {value})");
            return;
        }
        if (element.Kind == ValueKind.Record && !c.Values!.ChecksEquality)
        {
            Call(writer, $"ValidValues({at}, {value}{(RejectsNull(element) ? "" : ", allowNull: true")})");
            return;
        }
        var pair = "pair" + depth.ToString(CultureInfo.InvariantCulture);
        var item = "at" + depth.ToString(CultureInfo.InvariantCulture);
        writer.OpenBrace($"foreach (var {pair} in {value})");
        writer.Line($"var {item} = {Checks}.Key({at}, {pair}.Key);");
        Element(writer, element, c.Values!, $"{pair}.Value", item, depth);
        writer.CloseBrace();
    }

    /// <summary>Items of reference types hold null when the JSON had null; that is a violation where the item schema does not allow null.</summary>
    private static bool RejectsNull(TypeRef element) => !element.Nullable && !element.IsValueType;

    /// <summary>One item or map value at <paramref name="at"/> (a local holding its pointer): null refused, then its keywords.</summary>
    private void Element(SourceWriter writer, TypeRef element, ValueRules rules, string access, string at, int depth)
    {
        if (RejectsNull(element)) Call(writer, $"NotNull(errors, {at}, \"\", {access})");
        Value(writer, element.WithNullable(false), rules, access, element.Nullable || !element.IsValueType, at, "\"\"", depth + 1, "item" + depth.ToString(CultureInfo.InvariantCulture));
    }

    private static void Bound(SourceWriter writer, TypeRef type, LimitRule? bound, string value, string path, string inclusiveFails, string exclusiveFails, string kind)
    {
        if (bound is null) return;
        var literal = NumberLiteral.For(bound.Literal, type.Kind) ?? NumberLiteral.For(bound.Literal, ValueKind.Double);
        if (literal is null) return;
        if (type.Kind == ValueKind.Decimal && literal.EndsWith("d", System.StringComparison.Ordinal)) return;
        var op = bound.Exclusive ? exclusiveFails : inclusiveFails;
        ValidationEmitter.FailWhen(writer, $"{value} {op} {literal}", $"{Failures}.{kind}({path}, {CSharpText.StringLiteral(bound.Literal)}, _Rt.JsonText.Of({value}), {(bound.Exclusive ? "true" : "false")})");
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
