using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Contracts.Generator.Reading.Json;

namespace Contracts.Tests.Reading.Yaml;

/// <summary>
/// Compact, canonical JSON text of a located tree or of JSON text, so trees from different readers compare as strings:
/// member order kept, numbers by value (1.0 and 1 and 1e0 are equal), strings unescaped the same way.
/// </summary>
public static class TreeJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 2000 };

    internal static string Of(JsonNode node) => Write(writer => Write(writer, node));

    /// <summary>The same, with every object's members sorted by name: JSON objects are unordered, so the suite's JSON may list them in another order.</summary>
    internal static string SortedOf(JsonNode node) => Sorted(Of(node));

    public static string Sorted(string json) => Write(writer => WriteSorted(writer, System.Text.Json.Nodes.JsonNode.Parse(json)));

    private static void WriteSorted(Utf8JsonWriter writer, System.Text.Json.Nodes.JsonNode? node)
    {
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject obj:
                writer.WriteStartObject();
                foreach (var member in obj.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(member.Key);
                    WriteSorted(writer, member.Value);
                }
                writer.WriteEndObject();
                break;
            case System.Text.Json.Nodes.JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array) WriteSorted(writer, item);
                writer.WriteEndArray();
                break;
            case null: writer.WriteNullValue(); break;
            default: node.WriteTo(writer); break;
        }
    }

    /// <summary>Each JSON value in <paramref name="json"/> (several for a YAML stream of several documents).</summary>
    public static IReadOnlyList<string> Values(string json)
    {
        var values = new List<string>();
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true, MaxDepth = 2000 });
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            values.Add(Write(writer => Write(writer, document.RootElement)));
        }
        return values;
    }

    public static string Canonical(string json) => Values(json) is [var single] ? single : throw new FormatException("Expected one JSON value.");

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonNode node)
    {
        switch (node)
        {
            case JsonObjectNode obj:
                writer.WriteStartObject();
                foreach (var member in obj.Members)
                {
                    writer.WritePropertyName(member.Name);
                    Write(writer, member.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonArrayNode array:
                writer.WriteStartArray();
                foreach (var item in array.Items) Write(writer, item);
                writer.WriteEndArray();
                break;
            case JsonStringNode text: writer.WriteStringValue(text.Value); break;
            case JsonNumberNode number: writer.WriteRawValue(Number(number.Literal)); break;
            case JsonBooleanNode boolean: writer.WriteBooleanValue(boolean.Value); break;
            default: writer.WriteNullValue(); break;
        }
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject())
                {
                    writer.WritePropertyName(member.Name);
                    Write(writer, member.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray()) Write(writer, item);
                writer.WriteEndArray();
                break;
            case JsonValueKind.String: writer.WriteStringValue(element.GetString()); break;
            case JsonValueKind.Number: writer.WriteRawValue(Number(element.GetRawText())); break;
            case JsonValueKind.True: writer.WriteBooleanValue(true); break;
            case JsonValueKind.False: writer.WriteBooleanValue(false); break;
            default: writer.WriteNullValue(); break;
        }
    }

    private static string Number(string literal)
        => double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsInfinity(value)
            ? value.ToString("R", CultureInfo.InvariantCulture)
            : literal;
}
