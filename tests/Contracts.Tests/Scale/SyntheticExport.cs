using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Contracts.Tests.Scale;

/// <summary>
/// Builds a large, realistic OpenAPI 3.0 export in the shape Apifox writes (x-apifox-orders, x-apifox-folder, prose limits,
/// $ref chains, allOf, oneOf, enums). Deterministic for a given size. Used by scale tests and benchmarks.
/// </summary>
public static class SyntheticExport
{
    public static string OpenApi(int operations = 1000, int schemas = 3000)
    {
        if (schemas < 4) throw new ArgumentOutOfRangeException(nameof(schemas));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("openapi", "3.0.1");
            writer.WriteStartObject("info");
            writer.WriteString("title", "默认模块");
            writer.WriteString("version", "1.0.0");
            writer.WriteEndObject();
            writer.WriteStartObject("paths");
            WritePaths(writer, operations, schemas);
            writer.WriteEndObject();
            writer.WriteStartObject("components");
            writer.WriteStartObject("schemas");
            for (var i = 0; i < schemas; i++) WriteSchema(writer, i, schemas);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("servers");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Name(int i) => "Model" + i.ToString(CultureInfo.InvariantCulture);

    private static void Ref(Utf8JsonWriter writer, int i) => writer.WriteString("$ref", "#/components/schemas/" + Name(i));

    private static void WriteSchema(Utf8JsonWriter writer, int i, int count)
    {
        writer.WriteStartObject(Name(i));
        switch (i % 10)
        {
            case 7:
                // allOf of the previous model and a few members of its own.
                writer.WriteStartArray("allOf");
                writer.WriteStartObject();
                Ref(writer, i - 1);
                writer.WriteEndObject();
                writer.WriteStartObject();
                writer.WriteString("type", "object");
                writer.WriteStartObject("properties");
                writer.WriteStartObject("extra_" + i.ToString(CultureInfo.InvariantCulture));
                writer.WriteString("type", "string");
                writer.WriteNumber("maxLength", 64);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
                break;
            case 8:
                // oneOf of two earlier models.
                writer.WriteStartArray("oneOf");
                writer.WriteStartObject();
                Ref(writer, i - 2);
                writer.WriteEndObject();
                writer.WriteStartObject();
                Ref(writer, i - 3);
                writer.WriteEndObject();
                writer.WriteEndArray();
                break;
            case 9:
                writer.WriteString("type", "string");
                writer.WriteString("description", "状态");
                writer.WriteStartArray("enum");
                foreach (var value in new[] { "starting", "processing", "succeeded", "failed", "canceled" }) writer.WriteStringValue(value);
                writer.WriteEndArray();
                break;
            default:
                WriteObject(writer, i, count);
                break;
        }
        writer.WriteEndObject();
    }

    private static void WriteObject(Utf8JsonWriter writer, int i, int count)
    {
        writer.WriteString("type", "object");
        writer.WriteString("description", "模型 " + i.ToString(CultureInfo.InvariantCulture));
        writer.WriteStartObject("properties");
        writer.WriteStartObject("id");
        writer.WriteString("type", "string");
        writer.WriteString("format", "uuid");
        writer.WriteEndObject();
        writer.WriteStartObject("name");
        writer.WriteString("type", "string");
        writer.WriteNumber("minLength", 1);
        writer.WriteNumber("maxLength", 120);
        writer.WriteEndObject();
        writer.WriteStartObject("count");
        writer.WriteString("type", "integer");
        writer.WriteString("description", "数量。默认值:1。最小值:1,最大值:8。");
        writer.WriteEndObject();
        writer.WriteStartObject("ratio");
        writer.WriteString("type", "number");
        writer.WriteNumber("minimum", 0);
        writer.WriteNumber("maximum", 1);
        writer.WriteBoolean("nullable", true);
        writer.WriteEndObject();
        writer.WriteStartObject("created_at");
        writer.WriteString("type", "string");
        writer.WriteString("format", "date-time");
        writer.WriteEndObject();
        writer.WriteStartObject("tags");
        writer.WriteString("type", "array");
        writer.WriteNumber("maxItems", 10);
        writer.WriteStartObject("items");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartObject("meta");
        writer.WriteString("type", "object");
        writer.WriteStartObject("additionalProperties");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteEndObject();
        // A chain through every model: Model0 → Model1 → … → the last, which points back to Model0.
        writer.WriteStartObject("next");
        Ref(writer, (i + 1) % count);
        writer.WriteEndObject();
        writer.WriteStartObject("children");
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        Ref(writer, i);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("required");
        writer.WriteStringValue("id");
        writer.WriteStringValue("name");
        writer.WriteEndArray();
        writer.WriteStartArray("x-apifox-orders");
        foreach (var name in new[] { "id", "name", "count", "ratio", "created_at", "tags", "meta", "next", "children" }) writer.WriteStringValue(name);
        writer.WriteEndArray();
    }

    private static void WritePaths(Utf8JsonWriter writer, int operations, int schemas)
    {
        string[] methods = { "get", "post", "put", "delete" };
        var written = 0;
        for (var resource = 0; written < operations; resource++)
        {
            var path = "/api/v1/resources" + resource.ToString(CultureInfo.InvariantCulture) + "/{id}";
            writer.WriteStartObject(path);
            foreach (var method in methods)
            {
                if (written == operations) break;
                WriteOperation(writer, method, resource, written % Math.Max(1, schemas - 1), written);
                written++;
            }
            writer.WriteEndObject();
        }
    }

    private static void WriteOperation(Utf8JsonWriter writer, string method, int resource, int model, int index)
    {
        // Bodies and results use object models (never an enum or a union), so every operation has a record to send.
        while (model % 10 >= 8) model--;
        writer.WriteStartObject(method);
        writer.WriteString("summary", "操作 " + index.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("x-apifox-folder", "资源/resources" + resource.ToString(CultureInfo.InvariantCulture));
        writer.WriteBoolean("deprecated", false);
        writer.WriteString("operationId", method + "Resource" + index.ToString(CultureInfo.InvariantCulture));
        writer.WriteStartArray("parameters");
        WriteParameter(writer, "id", "path", true, "string");
        if (method == "get")
        {
            WriteParameter(writer, "page", "query", false, "integer");
            WriteParameter(writer, "X-Trace-Id", "header", false, "string");
        }
        writer.WriteEndArray();
        if (method is "post" or "put")
        {
            writer.WriteStartObject("requestBody");
            writer.WriteStartObject("content");
            writer.WriteStartObject("application/json");
            writer.WriteStartObject("schema");
            Ref(writer, model);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteStartObject("responses");
        writer.WriteStartObject("200");
        writer.WriteString("description", "成功");
        writer.WriteStartObject("content");
        writer.WriteStartObject("application/json");
        writer.WriteStartObject("schema");
        Ref(writer, model);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartObject("404");
        writer.WriteString("description", "记录不存在");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteParameter(Utf8JsonWriter writer, string name, string location, bool required, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString("in", location);
        writer.WriteBoolean("required", required);
        writer.WriteStartObject("schema");
        writer.WriteString("type", type);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
