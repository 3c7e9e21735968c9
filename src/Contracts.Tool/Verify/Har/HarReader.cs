using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Contracts.Tool.Verify.Har;

/// <summary>
/// Reads an HTTP Archive 1.2 file (browser developer tools, Charles, Fiddler, mitmproxy). A file whose JSON ends early
/// (a recording cut short) is refused as a whole with the place it ends: a HAR is one JSON document, and checking the
/// entries that happen to precede the cut would report a partial session as if it were the whole one.
/// </summary>
internal static class HarReader
{
    public static IReadOnlyList<HarEntry> Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            if (EndsEarly(text, exception)) throw new HarFormatException($"the recording is truncated: its JSON ends at line {line} before the document is complete (a recording cut short?); nothing was checked.");
            throw new HarFormatException($"the recording is not valid JSON at line {line}, byte {column}: {FirstSentence(exception.Message)}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("log", out var log) || log.ValueKind != JsonValueKind.Object)
            {
                throw new HarFormatException("the file is JSON but not an HTTP Archive: it has no \"log\" object.");
            }
            if (!log.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw new HarFormatException("the HTTP Archive has no \"log.entries\" array.");
            }
            var result = new List<HarEntry>();
            var index = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                result.Add(Entry(entry, index));
                index++;
            }
            return result;
        }
    }

    private static HarEntry Entry(JsonElement entry, int index)
    {
        var where = "log.entries[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        if (entry.ValueKind != JsonValueKind.Object) throw new HarFormatException(where + " is not an object.");
        var request = Object(entry, "request", where);
        var response = entry.TryGetProperty("response", out var found) && found.ValueKind == JsonValueKind.Object ? found : default;
        var status = response.ValueKind == JsonValueKind.Object && response.TryGetProperty("status", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var number) ? number : 0;
        return new HarEntry(
            index,
            String(entry, "startedDateTime") ?? "",
            (String(request, "method") ?? throw new HarFormatException(where + ".request has no \"method\".")).ToUpperInvariant(),
            String(request, "url") ?? throw new HarFormatException(where + ".request has no \"url\"."),
            Pairs(request, "headers"),
            Pairs(request, "queryString"),
            Body(request, "postData"),
            status,
            response.ValueKind == JsonValueKind.Object ? Pairs(response, "headers") : Array.Empty<HarPair>(),
            response.ValueKind == JsonValueKind.Object ? Body(response, "content") : null);
    }

    /// <summary>postData or content; base64 ("encoding": "base64") decoded; an empty text is no body.</summary>
    private static HarBody? Body(JsonElement owner, string name)
    {
        if (!owner.TryGetProperty(name, out var body) || body.ValueKind != JsonValueKind.Object) return null;
        var mimeType = String(body, "mimeType") ?? "";
        var text = String(body, "text");
        if (string.IsNullOrEmpty(text)) return null;
        if (!string.Equals(String(body, "encoding"), "base64", StringComparison.OrdinalIgnoreCase)) return new HarBody(mimeType, text, false);
        try
        {
            var bytes = Convert.FromBase64String(text);
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            return new HarBody(mimeType, strict.GetString(bytes), true);
        }
        catch (Exception exception) when (exception is FormatException or DecoderFallbackException or ArgumentException)
        {
            return new HarBody(mimeType, null, true);
        }
    }

    private static IReadOnlyList<HarPair> Pairs(JsonElement owner, string name)
    {
        var pairs = new List<HarPair>();
        if (!owner.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array) return pairs;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && String(item, "name") is { } key) pairs.Add(new HarPair(key, String(item, "value") ?? ""));
        }
        return pairs;
    }

    private static JsonElement Object(JsonElement owner, string name, string where)
        => owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : throw new HarFormatException($"{where} has no \"{name}\" object.");

    private static string? String(JsonElement owner, string name)
        => owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>True when the JSON broke off where the text ends (the error is at its last byte): what a recording cut short looks like.</summary>
    private static bool EndsEarly(string text, JsonException exception)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || exception.LineNumber is not { } line || exception.BytePositionInLine is not { } position) return false;
        var lastLineStart = trimmed.LastIndexOf('\n') + 1;
        var lines = 0;
        foreach (var c in trimmed) if (c == '\n') lines++;
        return line == lines && position >= Encoding.UTF8.GetByteCount(trimmed.AsSpan(lastLineStart)) - 1;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message.Substring(0, end) : message;
    }
}
