using System;
using System.Text;
using System.Text.Json;

namespace Contracts.Generator.Reading.OpenApi;

/// <summary>
/// Recognises OpenAPI 3.x cheaply: a JSON object with a top-level "openapi": "3…" member near its start (exports put it
/// first), or a YAML file with a top-level "openapi: 3…" line in its first 64 K chars. Swagger 2.0 is recognised apart (<see cref="IsJsonSwagger"/>).
/// </summary>
internal static class OpenApiSniffer
{
    // Enough for "info" and "tags" before "openapi"; bounded so that big non-OpenAPI files stay cheap to reject.
    private const int JsonCharsToScan = 64 * 1024;
    // The same bound in chars for YAML: a long info block before "openapi:" is still found; other files stay cheap to reject.
    private const int YamlCharsToScan = JsonCharsToScan;

    public static bool IsOpenApi(string text) => IsJsonOpenApi(text) || YamlOpenApiLine(text) >= 0;

    /// <summary>True when the first non-blank character opens a JSON object (YAML documents never start that way).</summary>
    public static bool StartsAsJson(string text)
    {
        foreach (var c in text)
        {
            if (c == '{') return true;
            if (!char.IsWhiteSpace(c) && c != '\uFEFF') return false;
        }
        return false;
    }

    /// <summary>The zero-based line of a top-level "openapi: 3…" YAML key, or -1.</summary>
    public static int YamlOpenApiLine(string text) => YamlVersionLine(text, "openapi", '3');

    /// <summary>True for a YAML file with a top-level "swagger: 2…" key (Swagger 2.0 written as YAML).</summary>
    public static bool IsYamlSwagger(string text) => YamlVersionLine(text, "swagger", '2') >= 0;

    private static int YamlVersionLine(string text, string key, char major)
    {
        if (StartsAsJson(text)) return -1;
        var start = 0;
        for (var line = 0; start < text.Length && start < YamlCharsToScan; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (IsYamlVersionKey(text, start, end, key, major)) return line;
            start = end + 1;
        }
        return -1;
    }

    private static bool IsJsonOpenApi(string text)
        => RootStringMember(text, "openapi") is { } version && version.StartsWith("3", StringComparison.Ordinal);

    /// <summary>True for a JSON object whose top-level "swagger" member is "2…" (Swagger 2.0, springfox and swag backends).</summary>
    public static bool IsJsonSwagger(string text)
        => RootStringMember(text, "swagger") is { } version && version.StartsWith("2", StringComparison.Ordinal);

    /// <summary>The string value of the root object's member <paramref name="name"/>, if the scanned prefix shows one.</summary>
    private static string? RootStringMember(string text, string name)
    {
        if (!StartsAsJson(text)) return null;
        var length = Math.Min(text.Length, JsonCharsToScan);
        // Do not cut a surrogate pair in half.
        if (length < text.Length && char.IsHighSurrogate(text[length - 1])) length--;
        var bytes = Encoding.UTF8.GetBytes(text.Substring(0, length).TrimStart('\uFEFF'));
        var reader = new Utf8JsonReader(bytes, isFinalBlock: length == text.Length, new JsonReaderState(new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        }));
        try
        {
            var atValue = false;
            while (reader.Read())
            {
                if (atValue) return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                // Depth 1 is the root object's members; nested keys of that name mean nothing.
                atValue = reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(name);
            }
        }
        catch (JsonException)
        {
            // Broken before the version: not recognisably this format.
        }
        return null;
    }

    private static bool IsYamlVersionKey(string text, int start, int end, string key, char major)
    {
        if (end - start < key.Length + 2 || string.CompareOrdinal(text, start, key, 0, key.Length) != 0) return false;
        var at = start + key.Length;
        if (text[at] != ':') return false;
        at++;
        while (at < end && (text[at] == ' ' || text[at] == '\t')) at++;
        if (at < end && (text[at] == '"' || text[at] == '\'')) at++;
        return at < end && text[at] == major;
    }
}
