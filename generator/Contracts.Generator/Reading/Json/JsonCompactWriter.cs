using System.Globalization;
using System.Text;

namespace Contracts.Generator.Reading.Json;

/// <summary>Writes nodes back as compact JSON text: how the model stores defaults, enum values and consts.</summary>
internal static class JsonCompactWriter
{
    public static string Write(JsonNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    /// <summary>A JSON string literal; non-ASCII stays as is (the text is read by people and by our own emitter).</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendQuoted(builder, value);
        return builder.ToString();
    }

    // Recursion is bounded by the parser's MaxDepth.
    private static void Write(StringBuilder builder, JsonNode node)
    {
        switch (node)
        {
            case JsonObjectNode obj:
                builder.Append('{');
                for (var i = 0; i < obj.Members.Count; i++)
                {
                    if (i > 0) builder.Append(',');
                    AppendQuoted(builder, obj.Members[i].Name);
                    builder.Append(':');
                    Write(builder, obj.Members[i].Value);
                }
                builder.Append('}');
                break;
            case JsonArrayNode array:
                builder.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0) builder.Append(',');
                    Write(builder, array.Items[i]);
                }
                builder.Append(']');
                break;
            case JsonStringNode text:
                AppendQuoted(builder, text.Value);
                break;
            case JsonNumberNode number:
                builder.Append(number.Literal);
                break;
            case JsonBooleanNode boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void AppendQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }
}
