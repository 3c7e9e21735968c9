using System;
using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Planning;

/// <summary>
/// Decisions about an operation's responses beyond their body types: how a success is handed back (value, file, event
/// stream, JSON lines), which error bodies cover which statuses and in what order, the Accept header, and whether a
/// request body is raw bytes.
/// </summary>
internal static class ResponseShapes
{
    /// <summary>How a success with <paramref name="mediaType"/> and <paramref name="schema"/> is handed back.</summary>
    public static SuccessShape Of(string? mediaType, Schema? schema)
    {
        if (string.IsNullOrEmpty(mediaType)) return SuccessShape.Value;
        var essence = MediaTypes.Essence(mediaType!).ToLowerInvariant();
        if (essence == "text/event-stream") return SuccessShape.EventStream;
        if (essence is "application/x-ndjson" or "application/ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines") return SuccessShape.JsonLines;
        if (IsBinarySchema(schema)) return SuccessShape.File;
        if (MediaTypes.IsJson(mediaType) || MediaTypes.IsText(mediaType)) return SuccessShape.Value;
        return SuccessShape.File;
    }

    /// <summary>True when a request body is sent as raw bytes (a Stream): a media type that is not JSON, a form or text, with no schema or a string one.</summary>
    public static bool IsBinaryRequest(string? mediaType, Schema? schema)
    {
        if (string.IsNullOrEmpty(mediaType) || MediaTypes.IsJson(mediaType) || MediaTypes.IsForm(mediaType)) return false;
        if (MediaTypes.IsText(mediaType)) return IsBinarySchema(schema);
        if (mediaType!.IndexOf("xml", StringComparison.OrdinalIgnoreCase) >= 0 && !IsBinarySchema(schema)) return false;
        return schema is null || schema.Type is SchemaType.Any or SchemaType.String;
    }

    /// <summary>The Content-Type of a binary request body: the declared type, or application/octet-stream for a wildcard.</summary>
    public static string BinaryContentType(string mediaType)
    {
        var essence = MediaTypes.Essence(mediaType);
        return essence.IndexOf('*') >= 0 || essence.Length == 0 ? "application/octet-stream" : essence;
    }

    /// <summary>The Accept header: the media types the operation's responses declare and the client reads, in order; null when none.</summary>
    public static string? Accept(IEnumerable<ResponsePlan> responses)
    {
        var seen = new List<string>();
        foreach (var response in responses)
        {
            if (string.IsNullOrWhiteSpace(response.MediaType)) continue;
            var essence = MediaTypes.Essence(response.MediaType);
            // A header value must not carry a line break; a media type with one is not a media type.
            if (essence.IndexOf('\r') >= 0 || essence.IndexOf('\n') >= 0 || essence.Length == 0) continue;
            if (!seen.Exists(m => string.Equals(m, essence, StringComparison.OrdinalIgnoreCase))) seen.Add(essence);
        }
        return seen.Count == 0 ? null : string.Join(", ", seen);
    }

    /// <summary>Declared JSON error bodies in the order they are checked: exact statuses, then ranges ("4XX"), then "default".</summary>
    public static EquatableArray<ErrorPlan> Errors(IEnumerable<ResponsePlan> responses)
    {
        var exact = new List<ErrorPlan>();
        var ranges = new List<ErrorPlan>();
        var fallback = new List<ErrorPlan>();
        foreach (var response in responses)
        {
            if (response.IsSuccess || response.Body is not { } body || !response.IsJson) continue;
            if (response.StatusCode == 0) fallback.Add(new ErrorPlan(0, 0, true, body));
            else if (response.IsRange) ranges.Add(new ErrorPlan(response.StatusCode, response.StatusCode + 99, false, body));
            else exact.Add(new ErrorPlan(response.StatusCode, response.StatusCode, false, body));
        }
        exact.AddRange(ranges);
        if (fallback.Count > 0) exact.Add(fallback[0]);
        return exact.ToEquatableArray();
    }

    /// <summary>The name part of a status in generated type names: "404", "4XX", "Default".</summary>
    public static string StatusName(Response response)
        => response.StatusCode == 0 ? "Default"
            : response.IsRange && response.StatusCode >= 400 ? (response.StatusCode / 100).ToString(CultureInfo.InvariantCulture) + "XX"
            : response.StatusCode.ToString(CultureInfo.InvariantCulture);

    private static bool IsBinarySchema(Schema? schema) => schema is { Type: SchemaType.String, Format: "binary" };
}
