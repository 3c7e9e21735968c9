using System;
using System.ComponentModel;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Contracts;

/// <summary>A file sent in a multipart form body: the content stream (not disposed by the client), its file name and media type.</summary>
public sealed class FileContent
{
    /// <summary>Creates a file part.</summary>
    public FileContent(Stream content, string fileName, string? contentType = null)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
        ContentType = contentType;
    }

    /// <summary>The bytes to send; read from its current position.</summary>
    public Stream Content { get; }

    /// <summary>The file name sent in the part's Content-Disposition.</summary>
    public string FileName { get; }

    /// <summary>The part's media type; application/octet-stream when null.</summary>
    public string? ContentType { get; }

    /// <inheritdoc />
    public override string ToString() => FileName;

    /// <summary>In JSON a file part is only its name: files travel in multipart bodies, never in JSON.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonConverter : JsonConverter<FileContent>
    {
        /// <summary>The shared instance.</summary>
        public static JsonConverter Instance { get; } = new();

        /// <inheritdoc />
        public override FileContent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String) return new FileContent(Stream.Null, reader.GetString()!);
            reader.Skip();
            return new FileContent(Stream.Null, "");
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, FileContent value, JsonSerializerOptions options) => writer.WriteStringValue(value.FileName);
    }
}
