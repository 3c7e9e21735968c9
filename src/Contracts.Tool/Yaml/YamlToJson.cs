using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Contracts.Generator.Reading.Json;
using Contracts.Generator.Reading.Yaml;

namespace Contracts.Tool.Yaml;

/// <summary>
/// Converts one YAML document to indented JSON with the generator's own YAML reader, so `convert` shows exactly what a
/// build reads: mapping order kept, plain scalars typed by the YAML 1.2 core schema, quoted scalars always strings,
/// anchors and aliases expanded.
/// </summary>
internal static class YamlToJson
{
    /// <summary>Enough for any real API description; an alias bomb reaches it long before it uses much memory.</summary>
    public const long DefaultMaxNodes = YamlParser.MaxExpandedNodes;

    /// <summary>The JSON text, ending with a newline.</summary>
    /// <exception cref="YamlConversionException">The YAML is malformed, holds no or several documents, repeats a key, or expands too far.</exception>
    public static string Convert(string yaml, long maxNodes = DefaultMaxNodes)
    {
        if (yaml.Length > 0 && yaml[0] == '\uFEFF') yaml = yaml.Substring(1);
        var parsed = YamlParser.Parse(yaml, maxNodes);
        if (parsed.Root is not { } root) throw new YamlConversionException(parsed.ProblemSpan.StartLine + 1, parsed.ProblemSpan.StartColumn + 1, parsed.Problem!);
        if (!parsed.HasDocument) throw new YamlConversionException(1, 1, "The file holds no YAML document.");
        // JSON readers disagree on repeated keys, so the converted file must not have any.
        if (parsed.DuplicateKeys.Count > 0)
        {
            var repeated = parsed.DuplicateKeys[0];
            throw new YamlConversionException(repeated.NameSpan.StartLine + 1, repeated.NameSpan.StartColumn + 1,
                string.Format(CultureInfo.InvariantCulture, "The key '{0}' appears twice in this mapping.", repeated.Name));
        }
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Readable non-ASCII text (Apifox descriptions are often Chinese); the output is a file, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = LocatedJsonParser.MaxDepth + 2,
        }))
        {
            Write(writer, root);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    // Recursion is bounded: the reader refuses nesting past LocatedJsonParser.MaxDepth, aliases expanded.
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
            case JsonNumberNode number: writer.WriteRawValue(number.Literal); break;
            case JsonBooleanNode boolean: writer.WriteBooleanValue(boolean.Value); break;
            default: writer.WriteNullValue(); break;
        }
    }
}
