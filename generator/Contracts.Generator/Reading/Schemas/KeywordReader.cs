using System.Collections.Generic;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>Reads keyword values of the expected JSON type; a value of another type is reported (CTR2006) and read as absent.</summary>
internal sealed class KeywordReader
{
    private readonly SchemaReporter _report;

    public KeywordReader(SchemaReporter report) => _report = report;

    public JsonStringNode? StringNode(JsonObjectNode obj, string keyword)
    {
        var node = obj.Get(keyword);
        if (node is null || node is JsonStringNode) return (JsonStringNode?)node;
        _report.Invalid(keyword, node, "expected a string");
        return null;
    }

    /// <summary>A string keyword; "" (Apifox's "not set") reads as absent.</summary>
    public string? Text(JsonObjectNode obj, string keyword) => StringNode(obj, keyword) is { Value.Length: > 0 } text ? text.Value : null;

    public List<string> StringArray(JsonObjectNode obj, string keyword)
    {
        var result = new List<string>();
        var node = obj.Get(keyword);
        if (node is null) return result;
        if (node is not JsonArrayNode array)
        {
            _report.Invalid(keyword, node, "expected an array of strings");
            return result;
        }
        foreach (var item in array.Items)
        {
            if (item is JsonStringNode text) result.Add(text.Value);
            else _report.Invalid(keyword, item, "expected a string");
        }
        return result;
    }

    /// <summary>The strings of an array keyword without reporting: for keywords already read (and reported) elsewhere.</summary>
    public static List<string> StringArrayQuietly(JsonNode? schema, string keyword)
    {
        var result = new List<string>();
        if (schema is JsonObjectNode obj && obj.Get(keyword) is JsonArrayNode array)
        {
            foreach (var item in array.Items)
            {
                if (item is JsonStringNode text) result.Add(text.Value);
            }
        }
        return result;
    }

    public int? Count(JsonObjectNode obj, string keyword)
    {
        var node = obj.Get(keyword);
        if (node is null) return null;
        if (node is JsonNumberNode number && NumericText.TryNonNegativeInt(number.Literal, out var value)) return value;
        _report.Invalid(keyword, node, "expected a non-negative integer");
        return null;
    }

    public bool Flag(JsonObjectNode obj, string keyword)
    {
        var node = obj.Get(keyword);
        if (node is null) return false;
        if (node is JsonBooleanNode flag) return flag.Value;
        _report.Invalid(keyword, node, "expected a boolean");
        return false;
    }
}
