using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CsCheck;

namespace Contracts.Tests.Oracle;

/// <summary>
/// Random JSON instances for a schema: a third are built to be valid, the rest are valid but for one change somewhere
/// inside (a limit crossed by one, a wrong type, a null, a missing required member, an extra one, a duplicate item), so
/// each disagreement points at one rule instead of drowning among several.
/// </summary>
public static class OracleInstances
{
    // Letters the patterns care about; the astral character (two UTF-16 units) is rare, lengths count code points.
    private static readonly Gen<string> Letter = Gen.Frequency(
        (6, Gen.OneOfConst("a", "b", "c")), (2, Gen.OneOfConst("x", "0", "1")), (1, Gen.Const("é")), (1, Gen.Const("\U0001F600")));

    /// <summary>Any JSON value, small.</summary>
    public static Gen<JsonNode?> AnyJson => Gen.OneOf<JsonNode?>(
        Gen.Const<JsonNode?>(() => null),
        Gen.Bool.Select(b => (JsonNode?)b),
        Gen.Int[-3, 9].Select(i => (JsonNode?)i),
        Gen.Int[-30, 30].Select(i => (JsonNode?)(i / 10.0 + 0.05)),
        Letters(0, 3),
        Gen.Const<JsonNode?>(() => new JsonArray(1, "a")),
        Gen.Const<JsonNode?>(() => new JsonObject { ["a"] = 1 }));

    public static Gen<JsonNode?> For(JsonObject schema) => Gen.Frequency((1, Valid(schema)), (2, Changed(schema)));

    public static Gen<JsonNode?> Valid(JsonObject schema)
    {
        if (schema["enum"] is JsonArray values) return Gen.OneOfConst(values.ToArray()).Select(v => v?.DeepClone());
        return TypeOf(schema) switch
        {
            "string" => ValidText(schema),
            "integer" => Gen.OneOf(Edges(schema, 1).Select(Gen.Const).ToArray()).Select(v => (JsonNode?)(int)v),
            "number" => Gen.OneOf(Edges(schema, 0.1).Select(Gen.Const).ToArray()).Select(v => (JsonNode?)v),
            "boolean" => Gen.Bool.Select(b => (JsonNode?)b),
            "array" => ValidArray(schema),
            _ => ValidObject(schema),
        };
    }

    /// <summary>A valid value with exactly one change at some depth (the change may happen to keep it valid).</summary>
    public static Gen<JsonNode?> Changed(JsonObject schema)
    {
        var wrong = Gen.Frequency((3, AnyJson), (1, Gen.Const<JsonNode?>(() => null)));
        if (schema["enum"] is not null) return Gen.Frequency((2, Gen.OneOf<JsonNode?>(Letters(1, 2), Gen.Int[-1, 8].Select(i => (JsonNode?)i))), (1, wrong));
        return TypeOf(schema) switch
        {
            "string" => Gen.Frequency((3, ChangedText(schema)), (1, wrong)),
            "integer" => Gen.Frequency((3, Gen.OneOf(Crossings(schema, 1).Select(Gen.Const).ToArray()).Select(v => (JsonNode?)(int)v)), (1, wrong), (1, Gen.Const<JsonNode?>(() => 1.5))),
            "number" => Gen.Frequency((3, Gen.OneOf(Crossings(schema, 0.1).Select(Gen.Const).ToArray()).Select(v => (JsonNode?)v)), (1, wrong)),
            "boolean" => wrong,
            "array" => Gen.Frequency((4, ChangedArray(schema)), (1, wrong)),
            _ => Gen.Frequency((6, ChangedObject(schema)), (1, wrong)),
        };
    }

    private static string TypeOf(JsonObject schema) => schema["type"] is JsonArray types ? (string)types[0]! : (string)schema["type"]!;

    private static Gen<JsonNode?> Letters(int min, int max) => Letter.Array[min, max].Select(parts => (JsonNode?)string.Concat(parts));

    private static Gen<JsonNode?> ValidText(JsonObject schema)
    {
        var min = (int?)schema["minLength"] ?? 0;
        var max = Math.Max(min, (int?)schema["maxLength"] ?? min + 4);
        return (string?)schema["pattern"] switch
        {
            "^[a-c]*$" => Gen.OneOfConst("a", "b", "c").Array[min, max].Select(p => (JsonNode?)string.Concat(p)),
            "^x" => Letter.Array[Math.Max(0, min - 1), Math.Max(0, max - 1)].Select(p => (JsonNode?)("x" + string.Concat(p))),
            "[0-9]" => Letter.Array[Math.Max(0, min - 1), Math.Max(0, max - 1)].Select(p => (JsonNode?)(string.Concat(p) + "1")),
            "^.{2}$" => Letter.Array[2].Select(p => (JsonNode?)string.Concat(p)),
            _ => Letters(min, max),
        };
    }

    private static Gen<JsonNode?> ChangedText(JsonObject schema)
    {
        var min = (int?)schema["minLength"] ?? 0;
        var max = (int?)schema["maxLength"];
        var changes = new List<Gen<JsonNode?>> { Letters(0, 7) };
        if (min > 0) changes.Add(Gen.OneOfConst("a", "b").Array[min - 1].Select(p => (JsonNode?)string.Concat(p)));
        if (max is { } most) changes.Add(Gen.OneOfConst("a", "b", "\U0001F600").Array[most + 1].Select(p => (JsonNode?)string.Concat(p)));
        if (schema["pattern"] is not null) changes.Add(Gen.OneOfConst<JsonNode?>("yy", "éé", "x", "ab1"));
        return Gen.OneOf(changes.ToArray());
    }

    /// <summary>Values on and near the allowed range's edges (or a few ordinary ones when unbounded).</summary>
    private static double[] Edges(JsonObject schema, double step)
    {
        var (low, high) = Range(schema, step);
        var candidates = new[] { low, low + step, high - step, high, Math.Round((low + high) / 2 / step) * step };
        return candidates.Where(v => v >= low && v <= high).Select(v => Math.Round(v, 1)).Distinct().DefaultIfEmpty(low).ToArray();
    }

    /// <summary>Values just outside the allowed range, on each bounded side (or ordinary ones when unbounded).</summary>
    private static double[] Crossings(JsonObject schema, double step)
    {
        var (low, high) = Range(schema, step);
        var outside = new List<double>();
        if (schema["minimum"] is not null) outside.Add(Math.Round(low - step, 1));
        if (schema["maximum"] is not null) outside.Add(Math.Round(high + step, 1));
        if (schema["minimum"] is not null && schema["exclusiveMinimum"] is not null) outside.Add((double)schema["minimum"]!);
        return outside.Count > 0 ? outside.ToArray() : new[] { -1.0, 0, 3 };
    }

    /// <summary>The smallest and largest allowed value on a grid of <paramref name="step"/>.</summary>
    private static (double Low, double High) Range(JsonObject schema, double step)
    {
        var low = schema["minimum"] is { } min ? (double)min + (schema["exclusiveMinimum"] is not null ? step : 0) : -5;
        var high = schema["maximum"] is { } max ? (double)max - (schema["exclusiveMaximum"] is not null ? step : 0) : low + 10;
        return (Math.Round(low, 1), Math.Round(Math.Max(low, high), 1));
    }

    private static Gen<JsonNode?> ValidArray(JsonObject schema)
    {
        var items = (JsonObject)schema["items"]!;
        var min = (int?)schema["minItems"] ?? 0;
        var max = Math.Max(min, (int?)schema["maxItems"] ?? min + 3);
        var unique = (bool?)schema["uniqueItems"] == true;
        return Valid(items).Array[min, max].Select(values =>
        {
            var list = values.ToList();
            if (unique) list = list.GroupBy(v => v?.ToJsonString() ?? "null").Select(g => g.First()).ToList();
            // Too few distinct values left for minItems: kept anyway, one more changed instance.
            return (JsonNode?)new JsonArray(list.Select(v => v?.DeepClone()).ToArray());
        });
    }

    private static Gen<JsonNode?> ChangedArray(JsonObject schema)
    {
        var items = (JsonObject)schema["items"]!;
        var changes = new List<Gen<JsonNode?>>
        {
            // One item changed.
            Gen.Select(ValidArray(schema), Changed(items), Gen.Int[0, 9], (array, item, at) =>
            {
                var list = (JsonArray)array!.DeepClone();
                if (list.Count == 0) list.Add(item?.DeepClone());
                else list[at % list.Count] = item?.DeepClone();
                return (JsonNode?)list;
            }),
        };
        if (schema["minItems"] is { } min && (int)min > 0) changes.Add(Valid(items).Array[(int)min - 1].Select(v => (JsonNode?)new JsonArray(v.Select(i => i?.DeepClone()).ToArray())));
        if (schema["maxItems"] is { } max) changes.Add(Valid(items).Array[(int)max + 1].Select(v => (JsonNode?)new JsonArray(v.Select(i => i?.DeepClone()).ToArray())));
        if (schema["uniqueItems"] is not null)
        {
            changes.Add(Valid(items).Select(v => (JsonNode?)new JsonArray(v?.DeepClone(), v?.DeepClone())));
        }
        return Gen.OneOf(changes.ToArray());
    }

    private static Gen<JsonNode?> ValidObject(JsonObject schema)
    {
        var properties = ((JsonObject)schema["properties"]!).ToList();
        var required = Required(schema);
        var members = properties.Select(p => Gen.Select(Valid((JsonObject)p.Value!), Gen.Bool, (value, include) => (p.Key, value, include || required.Contains(p.Key)))).ToArray();
        return Combine(members).Select(all =>
        {
            var instance = new JsonObject();
            foreach (var (name, value, include) in all)
            {
                if (include) instance[name] = value?.DeepClone();
            }
            return (JsonNode?)instance;
        });
    }

    private static Gen<JsonNode?> ChangedObject(JsonObject schema)
    {
        var properties = ((JsonObject)schema["properties"]!).ToList();
        var required = Required(schema).ToList();
        var changes = new List<Gen<JsonNode?>>
        {
            // One member changed (and present).
            Gen.Select(ValidObject(schema), Gen.Int[0, properties.Count - 1].SelectMany(i => Changed((JsonObject)properties[i].Value!).Select(v => (properties[i].Key, v))),
                (valid, change) => Set(valid, change.Key, change.v)),
            // A member the schema may not declare.
            Gen.Select(ValidObject(schema), Gen.OneOf(AnyJson, Letters(0, 3)), (valid, extra) => Set(valid, "z", extra)),
        };
        if (required.Count > 0)
        {
            changes.Add(Gen.Select(ValidObject(schema), Gen.Int[0, required.Count - 1], (valid, i) =>
            {
                var copy = (JsonObject)valid!.DeepClone();
                copy.Remove(required[i]);
                return (JsonNode?)copy;
            }));
        }
        return Gen.OneOf(changes.ToArray());
    }

    private static JsonNode? Set(JsonNode? obj, string name, JsonNode? value)
    {
        var copy = (JsonObject)obj!.DeepClone();
        copy[name] = value?.DeepClone();
        return copy;
    }

    private static HashSet<string> Required(JsonObject schema)
        => schema["required"] is JsonArray names ? names.Select(n => (string)n!).ToHashSet() : new HashSet<string>();

    private static Gen<T[]> Combine<T>(Gen<T>[] parts)
    {
        var all = Gen.Const(Array.Empty<T>());
        foreach (var part in parts) all = Gen.Select(all, part, (list, one) => list.Append(one).ToArray());
        return all;
    }
}
