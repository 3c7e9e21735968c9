using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Tool.Verify.Checking;

/// <summary>
/// Checks a JSON value the way the generated code does, reading it into its C# type and then running Validate(): the
/// same plan (<see cref="TypeRef"/>s and <see cref="ValueRules"/>, prose limits included), the same runtime checks
/// (<see cref="JsonValueChecks"/>) and the same <see cref="ValidationError"/>s (<see cref="ValidationFailures"/>). What
/// the generated reader refuses (a string where an int is declared) is reported as a "type" error at its pointer, and
/// nothing inside that value is checked; unlike the reader, which stops there, the rest of the body still is.
/// </summary>
internal sealed class PlanChecker
{
    /// <summary>Rules with no keyword, for values whose plan has none (a root body, a parameter without limits).</summary>
    public static readonly ValueRules NoRules = new(JsonTypes.None, JsonTypes.None, false, null, null, null, null, null, null, null, false,
        EquatableArray<string>.Empty, null, null, null);

    private static readonly Dictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private readonly Dictionary<string, RecordPlan> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnionPlan> _unions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumPlan> _enums = new(StringComparer.Ordinal);

    public PlanChecker(FilePlan plan)
    {
        // Keyed as the planner names a generated type in a TypeRef.
        foreach (var record in plan.Records) _records[Contracts.Generator.Emitting.Aliases.OwnType(record.Name)] = record;
        foreach (var union in plan.Unions) _unions[Contracts.Generator.Emitting.Aliases.OwnType(union.Name)] = union;
        foreach (var @enum in plan.Enums) _enums[Contracts.Generator.Emitting.Aliases.OwnType(@enum.Name)] = @enum;
    }

    /// <summary>Every violation of a root value (a body) of type <paramref name="type"/>.</summary>
    public List<ValidationError> Check(JsonElement value, TypeRef type, ValueRules? rules = null)
    {
        var errors = new List<ValidationError>();
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!type.Nullable && type.Kind != ValueKind.Any) errors.Add(ValidationFailures.NotNull(""));
            return errors;
        }
        Value(value, type.WithNullable(false), rules ?? NoRules, "", errors);
        return errors;
    }

    /// <summary>Checks one non-null value of a non-nullable type.</summary>
    private void Value(JsonElement value, TypeRef type, ValueRules c, string path, List<ValidationError> errors)
    {
        switch (type.Kind)
        {
            case ValueKind.Any:
                JsonChecks(value, c, path, checkType: false, errors);
                return;
            case ValueKind.Union:
                Union(value, type, c, path, errors);
                return;
            case ValueKind.Enum:
                if (!Is(value, JsonValueKind.String, "string", path, errors)) return;
                if (_enums.TryGetValue(type.RecordName!, out var @enum) && !IsKnown(@enum, value.GetString()!))
                {
                    errors.Add(ValidationFailures.Enum(path, AllowedJson(@enum), JsonText.Quote(value.GetString()!)));
                }
                return;
            case ValueKind.Record:
                if (!Is(value, JsonValueKind.Object, "object", path, errors)) return;
                if (_records.TryGetValue(type.RecordName!, out var record)) Record(value, record, path, errors);
                Equality(value, c, path, errors);
                return;
            case ValueKind.List:
                if (!Is(value, JsonValueKind.Array, "array", path, errors)) return;
                List(value, type, c, path, errors);
                Equality(value, c, path, errors);
                return;
            case ValueKind.Map:
                if (!Is(value, JsonValueKind.Object, "object", path, errors)) return;
                foreach (var member in value.EnumerateObject())
                {
                    Item(member.Value, type.Element!, c.Values, path + "/" + Escape(member.Name), errors);
                }
                Equality(value, c, path, errors);
                return;
            case ValueKind.String:
                if (!Is(value, JsonValueKind.String, "string", path, errors)) return;
                Text(value.GetString()!, c, path, errors);
                Equality(value, c, path, errors);
                return;
            case ValueKind.Boolean:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) errors.Add(ValidationFailures.Type(path, "boolean", JsonValueChecks.TypeOf(value)));
                else Equality(value, c, path, errors);
                return;
            case ValueKind.DateTimeOffset:
                if (Is(value, JsonValueKind.String, "string", path, errors)
                    && !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                {
                    errors.Add(Format(path, "date-time", value));
                }
                return;
            case ValueKind.Guid:
                if (Is(value, JsonValueKind.String, "string", path, errors) && !Guid.TryParse(value.GetString(), out _)) errors.Add(Format(path, "uuid", value));
                return;
            case ValueKind.Bytes:
                if (Is(value, JsonValueKind.String, "string", path, errors) && !value.TryGetBytesFromBase64(out _)) errors.Add(Format(path, "byte", value));
                return;
            case ValueKind.File:
                return;
        }
        // Numbers: the reader takes whole numbers only for int and long, and only those that fit.
        if (type.Kind is ValueKind.Int32 or ValueKind.Int64)
        {
            if (!JsonValueChecks.IsInteger(value)) { errors.Add(ValidationFailures.Type(path, "integer", JsonValueChecks.TypeOf(value))); return; }
            if (!Fits(value, type.Kind)) { errors.Add(ValidationFailures.Type(path, type.Kind == ValueKind.Int32 ? "int32" : "int64", value.GetRawText())); return; }
        }
        else if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(ValidationFailures.Type(path, "number", JsonValueChecks.TypeOf(value)));
            return;
        }
        Bound(value, c.Minimum, path, below: true, errors);
        Bound(value, c.Maximum, path, below: false, errors);
        Equality(value, c, path, errors);
    }

    private void Record(JsonElement value, RecordPlan record, string path, List<ValidationError> errors)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in record.Properties)
        {
            declared.Add(property.JsonName);
            var memberPath = path + "/" + Escape(property.JsonName);
            if (!value.TryGetProperty(property.JsonName, out var member))
            {
                if (property.RequiredBit >= 0) errors.Add(ValidationFailures.Required(memberPath, property.JsonName));
                continue;
            }
            if (member.ValueKind == JsonValueKind.Null)
            {
                // As the reader takes it: a value where the schema allows null; elsewhere absent (so a required member is
                // missing), and a finding of its own for the optional members the planner gave a null bit.
                if (property.SchemaNullable) continue;
                if (property.RequiredBit >= 0) errors.Add(ValidationFailures.Required(memberPath, property.JsonName));
                else if (property.NullBit >= 0) errors.Add(ValidationFailures.NotNull(memberPath));
                continue;
            }
            Value(member, property.Type.WithNullable(false), property.Rules, memberPath, errors);
        }
        string? unexpected = null;
        foreach (var member in value.EnumerateObject())
        {
            if (declared.Contains(member.Name)) continue;
            if (!record.KeepsUnknownMembers)
            {
                // The reader keeps the first member additionalProperties: false forbids.
                unexpected ??= member.Name;
                continue;
            }
            if (record.UndeclaredMembers is { } rules) JsonChecks(member.Value, rules, path + "/" + Escape(member.Name), checkType: true, errors);
        }
        if (unexpected is not null) errors.Add(ValidationFailures.AdditionalProperty(path + "/" + Escape(unexpected), unexpected));
    }

    private void List(JsonElement value, TypeRef type, ValueRules c, string path, List<ValidationError> errors)
    {
        var count = value.GetArrayLength();
        if (c.MinItems is { } min && count < min) errors.Add(ValidationFailures.MinItems(path, min, count));
        if (c.MaxItems is { } max && count > max) errors.Add(ValidationFailures.MaxItems(path, max, count));
        if (c.UniqueItems && JsonValueChecks.HasDuplicates(value, out var first, out var second)) errors.Add(ValidationFailures.UniqueItems(path, first, second));
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            Item(item, type.Element!, c.Items, path + "/" + index.ToString(CultureInfo.InvariantCulture), errors);
            index++;
        }
    }

    /// <summary>A list item or map value: null only where the element type allows it.</summary>
    private void Item(JsonElement item, TypeRef element, ValueRules? rules, string path, List<ValidationError> errors)
    {
        if (item.ValueKind == JsonValueKind.Null)
        {
            if (!element.Nullable && element.Kind != ValueKind.Any) errors.Add(ValidationFailures.NotNull(path));
            return;
        }
        Value(item, element.WithNullable(false), rules ?? NoRules, path, errors);
    }

    private void Union(JsonElement value, TypeRef type, ValueRules c, string path, List<ValidationError> errors)
    {
        if (_unions.TryGetValue(type.RecordName!, out var union))
        {
            var matches = 0;
            foreach (var alternative in union.Alternatives)
            {
                if (Matches(value, union, alternative)) matches++;
            }
            if (union.AnyOf ? matches == 0 : matches != 1) errors.Add(ValidationFailures.Alternatives(path, union.AnyOf, matches));
        }
        // The keywords beside oneOf/anyOf apply to the same value.
        JsonChecks(value, c, path, checkType: true, errors);
    }

    private bool Matches(JsonElement value, UnionPlan union, UnionAlternativePlan alternative)
    {
        if (union.DiscriminatorProperty is { } tag && !alternative.DiscriminatorValues.IsEmpty)
        {
            return value.ValueKind == JsonValueKind.Object && value.TryGetProperty(tag, out var found) && found.ValueKind == JsonValueKind.String
                && System.Linq.Enumerable.Contains(alternative.DiscriminatorValues, found.GetString()!);
        }
        if (value.ValueKind == JsonValueKind.Null) return alternative.Type.Nullable || alternative.Rules.Nullable;
        var trial = new List<ValidationError>();
        Value(value, alternative.Type.WithNullable(false), alternative.Rules, "", trial);
        return trial.Count == 0;
    }

    /// <summary>A value held as JSON: each keyword applies only to the JSON kind it is about.</summary>
    private static void JsonChecks(JsonElement value, ValueRules c, string path, bool checkType, List<ValidationError> errors)
    {
        var isNull = value.ValueKind == JsonValueKind.Null;
        if (checkType && c.Type != JsonTypes.None && !(c.Nullable && isNull) && !HasType(value, c.Type))
        {
            errors.Add(ValidationFailures.Type(path, TypeName(c.Type), JsonValueChecks.TypeOf(value)));
        }
        if (c.Types != JsonTypes.None && !(c.Nullable && isNull))
        {
            var names = new List<string>();
            var any = false;
            for (var type = JsonTypes.Boolean; type <= JsonTypes.Object; type = (JsonTypes)((int)type << 1))
            {
                if ((c.Types & type) == 0) continue;
                names.Add(TypeName(type));
                any |= HasType(value, type);
            }
            if (!any) errors.Add(ValidationFailures.Type(path, string.Join(" or ", names), JsonValueChecks.TypeOf(value)));
        }
        if (value.ValueKind == JsonValueKind.Number)
        {
            Bound(value, c.Minimum, path, below: true, errors);
            Bound(value, c.Maximum, path, below: false, errors);
        }
        if (value.ValueKind == JsonValueKind.String) Text(value.GetString()!, c, path, errors);
        if (value.ValueKind == JsonValueKind.Array)
        {
            var count = value.GetArrayLength();
            if (c.MinItems is { } min && count < min) errors.Add(ValidationFailures.MinItems(path, min, count));
            if (c.MaxItems is { } max && count > max) errors.Add(ValidationFailures.MaxItems(path, max, count));
            if (c.UniqueItems && JsonValueChecks.HasDuplicates(value, out var first, out var second)) errors.Add(ValidationFailures.UniqueItems(path, first, second));
        }
        Equality(value, c, path, errors);
    }

    private static void Text(string text, ValueRules c, string path, List<ValidationError> errors)
    {
        if (c.MinLength is not null || c.MaxLength is not null)
        {
            var length = JsonText.CodePointLength(text);
            if (c.MinLength is { } min && length < min) errors.Add(ValidationFailures.MinLength(path, min, length));
            if (c.MaxLength is { } max && length > max) errors.Add(ValidationFailures.MaxLength(path, max, length));
        }
        if (c.Pattern is { } pattern && Matches(pattern, text) == false) errors.Add(ValidationFailures.Pattern(path, pattern, text));
    }

    /// <summary>enum and const, compared as JSON (numbers by value), as the generated checks compare them.</summary>
    private static void Equality(JsonElement value, ValueRules c, string path, List<ValidationError> errors)
    {
        if (!c.AllowedValues.IsEmpty && !JsonValueChecks.IsOneOf(value, "[" + string.Join(",", c.AllowedValues) + "]"))
        {
            errors.Add(ValidationFailures.Enum(path, new List<string>(c.AllowedValues), JsonText.Of(value)));
        }
        if (c.Const is { } constant && !JsonValueChecks.Same(value, JsonValueChecks.Constant(constant)))
        {
            errors.Add(ValidationFailures.Const(path, constant, JsonText.Of(value)));
        }
    }

    private static void Bound(JsonElement value, LimitRule? bound, string path, bool below, List<ValidationError> errors)
    {
        if (bound is null) return;
        var order = JsonValueChecks.CompareNumber(value, bound.Literal);
        var breaks = below ? (bound.Exclusive ? order <= 0 : order < 0) : (bound.Exclusive ? order >= 0 : order > 0);
        if (!breaks) return;
        errors.Add(below
            ? ValidationFailures.Minimum(path, bound.Literal, JsonText.Of(value), bound.Exclusive)
            : ValidationFailures.Maximum(path, bound.Literal, JsonText.Of(value), bound.Exclusive));
    }

    private static bool Is(JsonElement value, JsonValueKind kind, string name, string path, List<ValidationError> errors)
    {
        if (value.ValueKind == kind) return true;
        errors.Add(ValidationFailures.Type(path, name, JsonValueChecks.TypeOf(value)));
        return false;
    }

    private static bool Fits(JsonElement value, ValueKind kind)
    {
        if (!value.TryGetDecimal(out var number)) return false;
        return kind == ValueKind.Int32 ? number >= int.MinValue && number <= int.MaxValue : number >= long.MinValue && number <= long.MaxValue;
    }

    private static bool HasType(JsonElement value, JsonTypes type) => type switch
    {
        JsonTypes.Integer => JsonValueChecks.IsInteger(value),
        JsonTypes.Number => value.ValueKind == JsonValueKind.Number,
        JsonTypes.String => value.ValueKind == JsonValueKind.String,
        JsonTypes.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        JsonTypes.Array => value.ValueKind == JsonValueKind.Array,
        JsonTypes.Object => value.ValueKind == JsonValueKind.Object,
        _ => true,
    };

    private static string TypeName(JsonTypes type) => type.ToString().ToLowerInvariant();

    private static bool IsKnown(EnumPlan plan, string value)
    {
        foreach (var known in plan.Values)
        {
            if (string.Equals(known.Value, value, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static List<string> AllowedJson(EnumPlan plan)
    {
        var allowed = new List<string>();
        foreach (var known in plan.Values) allowed.Add(JsonText.Quote(known.Value));
        return allowed;
    }

    /// <summary>A string the reader cannot turn into its C# type (a date, a uuid, base64 bytes).</summary>
    private static ValidationError Format(string path, string format, JsonElement value)
        => new(path, "format", format, value.GetRawText(), $"must be a {format} string.");

    /// <summary>Null when the pattern ran out of time: the generated check would throw there, so nothing is claimed.</summary>
    private static bool? Matches(string pattern, string text)
    {
        try
        {
            return Pattern(pattern).IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The regex the generated code builds for a pattern: same options, same timeout.</summary>
    private static Regex Pattern(string pattern)
    {
        lock (Patterns)
        {
            if (!Patterns.TryGetValue(pattern, out var regex)) Patterns[pattern] = regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return regex;
        }
    }

    private static string Escape(string name) => Generator.Reading.JsonPointer.EscapeToken(name);
}
