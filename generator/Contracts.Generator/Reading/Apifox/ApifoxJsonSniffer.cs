using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>
/// Recognises Apifox's JSON shapes from the start of a file without parsing it all: a project export has a top-level
/// "apifoxProject" member; an endpoint array's first element has "method", "path" and an endpoint section.
/// </summary>
internal static class ApifoxJsonSniffer
{
    // Exports put "apifoxProject" first and endpoints put method and path early; the bound keeps big foreign files cheap.
    private const int CharsToScan = 16 * 1024;

    private static readonly string[] EndpointSections = { "responses", "requestBody", "parameters" };

    public static SourceFormat Detect(string text)
    {
        var first = SkipBlank(text, 0);
        if (first >= text.Length || (text[first] != '{' && text[first] != '[')) return SourceFormat.Unknown;

        var names = FirstObjectMemberNames(text, first);
        if (text[first] == '{') return names.Contains("apifoxProject") ? SourceFormat.ApifoxProject : SourceFormat.Unknown;
        var isEndpoint = names.Contains("method") && names.Contains("path") && Array.Exists(EndpointSections, names.Contains);
        return isEndpoint ? SourceFormat.ApifoxEndpoints : SourceFormat.Unknown;
    }

    /// <summary>
    /// Member names of the root object, or of an array root's first element, as far as the scanned prefix shows them.
    /// Broken JSON yields what was read before the break.
    /// </summary>
    private static HashSet<string> FirstObjectMemberNames(string text, int first)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var length = Math.Min(text.Length, CharsToScan);
        // Do not cut a surrogate pair in half.
        if (length < text.Length && char.IsHighSurrogate(text[length - 1])) length--;
        var bytes = Encoding.UTF8.GetBytes(text.Substring(first, length - first));
        var reader = new Utf8JsonReader(bytes, isFinalBlock: length == text.Length, new JsonReaderState(new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        }));
        var depth = text[first] == '{' ? 1 : 2;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth) names.Add(reader.GetString() ?? "");
                // Done when the object ends, or when an array root's first element turns out not to be an object.
                else if (reader.CurrentDepth == depth - 1 && reader.TokenType != JsonTokenType.StartObject) return names;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Broken JSON: keep what was seen; a recognised file then reports the break at its place.
        }
        return names;
    }

    private static int SkipBlank(string text, int at)
    {
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == '\uFEFF')) at++;
        return at;
    }
}
