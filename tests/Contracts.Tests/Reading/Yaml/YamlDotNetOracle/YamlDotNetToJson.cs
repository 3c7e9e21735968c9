using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

using Contracts.Tool.Yaml;

namespace Contracts.Tests.Reading.Yaml.YamlDotNetOracle;

/// <summary>
/// The oracle for the generator's YAML reader: YAML to indented JSON through YamlDotNet (what `contracts convert` did
/// before the generator read YAML itself). Mapping order kept, plain scalars typed by the YAML 1.2 core schema, quoted
/// scalars strings, anchors and aliases expanded; refuses several documents, collection keys, repeated keys, alias bombs.
/// </summary>
internal static class YamlDotNetToJson
{
    /// <summary>Enough for any real API description; an alias bomb reaches it long before it uses much memory.</summary>
    public const long DefaultMaxNodes = 1_000_000;

    /// <summary>Deeper than any API description; keeps the recursive writer far from the stack's end.</summary>
    public const int MaxDepth = 512;

    /// <summary>The JSON text, ending with a newline.</summary>
    /// <exception cref="YamlConversionException">The YAML is malformed, holds more than one document, or expands too far.</exception>
    public static string Convert(string yaml, long maxNodes = DefaultMaxNodes)
    {
        var root = YamlTreeBuilder.Build(yaml, maxNodes, MaxDepth);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Readable non-ASCII text (Apifox descriptions are often Chinese); the output is a file, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = MaxDepth + 1,
        }))
        {
            Write(writer, root);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    private static void Write(Utf8JsonWriter writer, YamlTree node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                writer.WriteStartObject();
                foreach (var member in mapping.Members)
                {
                    writer.WritePropertyName(member.Key);
                    Write(writer, member.Value);
                }
                writer.WriteEndObject();
                break;
            case YamlSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items) Write(writer, item);
                writer.WriteEndArray();
                break;
            case YamlScalar scalar:
                WriteScalar(writer, scalar.Value);
                break;
            default:
                throw new InvalidOperationException("Unknown YAML node " + node.GetType().Name);
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, JsonScalar value)
    {
        switch (value.Kind)
        {
            case JsonScalarKind.String: writer.WriteStringValue(value.Text); break;
            case JsonScalarKind.Number: writer.WriteRawValue(value.Text); break;
            case JsonScalarKind.True: writer.WriteBooleanValue(true); break;
            case JsonScalarKind.False: writer.WriteBooleanValue(false); break;
            default: writer.WriteNullValue(); break;
        }
    }
}
