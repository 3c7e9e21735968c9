using System.Linq;
using System.Text.Json.Nodes;
using CsCheck;

namespace Contracts.Tests.Oracle;

/// <summary>
/// Random schemas within the vocabulary the generator enforces: objects with typed members, required lists,
/// additionalProperties, numeric bounds (draft-4 exclusive flags too), string lengths, simple patterns, enums, arrays with
/// item schemas, counts and uniqueness, nested objects, and nullability through type arrays.
/// </summary>
public static class OracleSchemas
{
    private static readonly string[] Names = { "a", "b", "c", "d" };
    private static readonly string[] Patterns = { "^[a-c]*$", "^x", "[0-9]", "^.{2}$" };

    /// <summary>A root schema: always an object, as request and response bodies are.</summary>
    public static Gen<JsonObject> Root => Object(2);

    public static Gen<JsonObject> Object(int depth) =>
        from count in Gen.Int[1, Names.Length]
        from members in Value(depth).Array[count]
        from required in Gen.Bool.Array[count]
        from extra in Gen.Int[0, 9]
        select Build(members, required, extra);

    private static JsonObject Build(JsonObject[] members, bool[] required, int extra)
    {
        var properties = new JsonObject();
        for (var i = 0; i < members.Length; i++) properties[Names[i]] = members[i];
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        var names = Names.Take(members.Length).Where((_, i) => required[i]).Select(n => (JsonNode?)n).ToArray();
        if (names.Length > 0) schema["required"] = new JsonArray(names);
        // Mostly open objects; sometimes closed, sometimes with a rule for extra members.
        if (extra == 0) schema["additionalProperties"] = false;
        else if (extra == 1) schema["additionalProperties"] = new JsonObject { ["type"] = "integer" };
        else if (extra == 2) schema["additionalProperties"] = new JsonObject { ["type"] = "string", ["maxLength"] = 2 };
        return schema;
    }

    private static Gen<JsonObject> Scalar => Gen.Frequency(
        (3, String), (3, Integer), (2, Number), (1, Boolean), (2, StringEnum), (1, IntegerEnum));

    public static Gen<JsonObject> Value(int depth)
    {
        var value = depth > 0
            ? Gen.Frequency((10, Scalar), (4, Array(depth)), (2, Object(depth - 1)))
            : Gen.Frequency((10, Scalar), (4, Array(depth)));
        return Nullable(value);
    }

    /// <summary>One in six allows null too, as a type array; enums stay non-null (README, Conformance: the oracle).</summary>
    private static Gen<JsonObject> Nullable(Gen<JsonObject> schemas) =>
        from schema in schemas
        from nullable in Gen.Int[0, 5]
        select nullable == 0 && schema["enum"] is null ? Nullable(schema) : schema;

    private static JsonObject Nullable(JsonObject schema)
    {
        var type = (string)schema["type"]!;
        schema["type"] = new JsonArray(type, "null");
        return schema;
    }

    private static Gen<JsonObject> String =>
        from min in Gen.Int[-6, 3]
        from max in Gen.Int[-10, 6]
        from pattern in Gen.Int[-9, Patterns.Length - 1]
        select With(new JsonObject { ["type"] = "string" }, ("minLength", min), ("maxLength", max), ("pattern", pattern >= 0 ? Patterns[pattern] : null));

    private static Gen<JsonObject> Integer =>
        from min in Gen.Int[-14, 5]
        from max in Gen.Int[-14, 10]
        from exclusiveMin in Gen.Int[0, 3]
        from exclusiveMax in Gen.Int[0, 3]
        select Bounds(new JsonObject { ["type"] = "integer" }, min > -6 ? min : null, max > -6 ? max : null, exclusiveMin == 0, exclusiveMax == 0);

    private static Gen<JsonObject> Number =>
        from min in Gen.Int[-31, 30]
        from max in Gen.Int[-31, 30]
        from exclusiveMin in Gen.Int[0, 3]
        select Bounds(new JsonObject { ["type"] = "number" }, min > -31 ? min / 10.0 : null, max > -31 ? max / 10.0 : null, exclusiveMin == 0, false);

    private static Gen<JsonObject> Boolean => Gen.Const(() => new JsonObject { ["type"] = "boolean" });

    private static Gen<JsonObject> StringEnum =>
        from values in Gen.OneOfConst("a", "b", "c", "ab").ArrayUnique[1, 3]
        select new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray()) };

    private static Gen<JsonObject> IntegerEnum =>
        from values in Gen.OneOfConst(0, 1, 2, 7).ArrayUnique[1, 3]
        select new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray()) };

    private static Gen<JsonObject> Array(int depth) =>
        from items in depth > 0 ? Gen.Frequency((6, Nullable(Scalar)), (1, Object(depth - 1))) : Nullable(Scalar)
        from min in Gen.Int[-5, 2]
        from max in Gen.Int[-8, 4]
        from unique in Gen.Int[0, 3]
        select With(new JsonObject { ["type"] = "array", ["items"] = items }, ("minItems", min), ("maxItems", max), ("uniqueItems", unique == 0 ? true : null));

    private static JsonObject Bounds(JsonObject schema, double? min, double? max, bool exclusiveMin, bool exclusiveMax)
    {
        if (min is { } low)
        {
            schema["minimum"] = low;
            if (exclusiveMin) schema["exclusiveMinimum"] = true;
        }
        if (max is { } high)
        {
            schema["maximum"] = high;
            if (exclusiveMax) schema["exclusiveMaximum"] = true;
        }
        return schema;
    }

    /// <summary>
    /// Adds each keyword whose value is set (a negative count or a null means "absent"). The ranges leave most keywords
    /// out, so plain shapes (an array of plain strings) are as common as constrained ones.
    /// </summary>
    private static JsonObject With(JsonObject schema, params (string Keyword, object? Value)[] keywords)
    {
        foreach (var (keyword, value) in keywords)
        {
            switch (value)
            {
                case int count when count >= 0: schema[keyword] = count; break;
                case string text: schema[keyword] = text; break;
                case bool flag: schema[keyword] = flag; break;
            }
        }
        return schema;
    }
}
