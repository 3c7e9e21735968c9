using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>
/// Validation of values held as JSON (members without one type, oneOf/anyOf values, extra members) and JSON Schema's
/// notion of equality for enum, const and uniqueItems: numbers by value (1 equals 1.0), objects whatever the member order.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValueChecks
{
    private static readonly ConcurrentDictionary<string, JsonElement> Constants = new(StringComparer.Ordinal);
    private static readonly JsonSerializerOptions Options = new();

    /// <summary>A schema's JSON value (an enum list, a const), parsed once and kept.</summary>
    public static JsonElement Constant(string json) => Constants.GetOrAdd(json, static text =>
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    });

    /// <summary>True when <paramref name="value"/> equals one item of the JSON array <paramref name="allowedJson"/>.</summary>
    public static bool IsOneOf(JsonElement value, string allowedJson)
    {
        foreach (var allowed in Constant(allowedJson).EnumerateArray())
        {
            if (Same(value, allowed)) return true;
        }
        return false;
    }

    /// <summary>JSON Schema equality of two JSON values.</summary>
    public static bool Same(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind) return false;
        switch (left.ValueKind)
        {
            case JsonValueKind.Number:
                return left.TryGetDecimal(out var leftNumber) && right.TryGetDecimal(out var rightNumber) ? leftNumber == rightNumber : left.GetDouble() == right.GetDouble();
            case JsonValueKind.String:
                return left.ValueEquals(right.GetString());
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength()) return false;
                using (var l = left.EnumerateArray().GetEnumerator())
                using (var r = right.EnumerateArray().GetEnumerator())
                {
                    while (l.MoveNext() && r.MoveNext())
                    {
                        if (!Same(l.Current, r.Current)) return false;
                    }
                }
                return true;
            case JsonValueKind.Object:
                var count = 0;
                foreach (var member in left.EnumerateObject())
                {
                    count++;
                    if (!right.TryGetProperty(member.Name, out var other) || !Same(member.Value, other)) return false;
                }
                foreach (var _ in right.EnumerateObject()) count--;
                return count == 0;
            default:
                return true;
        }
    }

    /// <summary>Compares a JSON number with a limit written as a JSON number, exactly where decimal can, else as doubles; allocates nothing.</summary>
    public static int CompareNumber(JsonElement number, string limit)
    {
        const NumberStyles Style = NumberStyles.Float;
        if (number.TryGetDecimal(out var value) && decimal.TryParse(limit, Style, CultureInfo.InvariantCulture, out var bound)) return value.CompareTo(bound);
        return number.GetDouble().CompareTo(double.Parse(limit, Style, CultureInfo.InvariantCulture));
    }

    /// <summary>True for a JSON number with no fractional part (1.0 is an integer, as JSON Schema says).</summary>
    public static bool IsInteger(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number) return false;
        if (value.TryGetDecimal(out var exact)) return decimal.Truncate(exact) == exact;
        var approximate = value.GetDouble();
        return Math.Floor(approximate) == approximate;
    }

    /// <summary>The JSON type names of JSON Schema ("integer" for whole numbers), for messages.</summary>
    public static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => IsInteger(value) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    /// <summary>Finds the first pair of equal items of a JSON array.</summary>
    public static bool HasDuplicates(JsonElement array, out int first, out int second)
    {
        var items = new List<JsonElement>();
        foreach (var item in array.EnumerateArray()) items.Add(item);
        return HasDuplicates(items, out first, out second);
    }

    /// <summary>Finds the first pair of equal items of a list of JSON values; a missing value (a null item as read) is JSON null.</summary>
    public static bool HasDuplicates(IReadOnlyList<JsonElement> items, out int first, out int second)
    {
        var json = new List<JsonElement>(items.Count);
        foreach (var item in items) json.Add(item.ValueKind == JsonValueKind.Undefined ? Constant("null") : item);
        return HasDuplicates(json, out first, out second);
    }

    /// <summary>Finds the first pair of items that are equal as JSON (items compared through what they write).</summary>
    public static bool HasDuplicates<T>(IReadOnlyList<T> items, JsonConverter<T> converter, out int first, out int second)
    {
        var json = new List<JsonElement>(items.Count);
        foreach (var item in items) json.Add(ToJson(item, converter));
        return HasDuplicates(json, out first, out second);
    }

    /// <summary>A value as the JSON it writes; null as JSON null.</summary>
    public static JsonElement ToJson<T>(T value, JsonConverter<T> converter)
        => value is null ? Constant("null") : JsonElementConversion.Write(value, converter);

    /// <summary>A kept extra member as JSON; null as JSON null.</summary>
    public static JsonElement ToJson(JsonNode? node)
    {
        if (node is null) return Constant("null");
        using var document = JsonDocument.Parse(node.ToJsonString(Options));
        return document.RootElement.Clone();
    }

    private static bool HasDuplicates(List<JsonElement> items, out int first, out int second)
    {
        for (first = 0; first < items.Count; first++)
        {
            for (second = first + 1; second < items.Count; second++)
            {
                if (Same(items[first], items[second])) return true;
            }
        }
        first = second = -1;
        return false;
    }
}
