using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;

namespace Contracts.Tests.Verify;

/// <summary>Builds an HTTP Archive 1.2 file as browsers and proxies write it, one exchange at a time.</summary>
internal sealed class HarRecording
{
    private readonly JsonArray _entries = new();
    private DateTimeOffset _clock = new(2025, 7, 12, 7, 27, 54, TimeSpan.Zero);

    public int Count => _entries.Count;

    /// <param name="requestHeaders">Name and value pairs, in order.</param>
    /// <param name="base64">Store both bodies base64-encoded ("encoding": "base64"), as recorders do for bytes.</param>
    public HarRecording Add(
        string method,
        string url,
        string? requestJson,
        int status,
        string? responseBody,
        string responseMimeType = "application/json; charset=utf-8",
        IEnumerable<(string Name, string Value)>? requestHeaders = null,
        bool base64 = false)
        => Add(method, url, requestHeaders,
            requestJson is null ? null : Body("application/json", Encoding.UTF8.GetBytes(requestJson), base64),
            status,
            responseBody is null ? null : Body(responseMimeType, Encoding.UTF8.GetBytes(responseBody), base64));

    /// <summary>An exchange as bytes: text bodies stored as text, others (images) as base64, as browsers record them.</summary>
    public HarRecording AddBytes(string method, string url, IEnumerable<(string Name, string Value)> requestHeaders, byte[] requestBody, string? requestMimeType,
        int status, byte[]? responseBody, string? responseMimeType)
        => Add(method, url, requestHeaders,
            requestBody.Length == 0 ? null : Body(requestMimeType ?? "", requestBody, !IsText(requestMimeType)),
            status,
            responseBody is null || responseBody.Length == 0 ? null : Body(responseMimeType ?? "", responseBody, !IsText(responseMimeType)));

    private HarRecording Add(string method, string url, IEnumerable<(string Name, string Value)>? requestHeaders, JsonObject? postData, int status, JsonObject? content)
    {
        var headers = new JsonArray();
        foreach (var (name, value) in requestHeaders ?? Array.Empty<(string, string)>()) headers.Add(new JsonObject { ["name"] = name, ["value"] = value });
        var query = new JsonArray();
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Query.Length > 1)
        {
            foreach (var pair in uri.Query.Substring(1).Split('&'))
            {
                var parts = pair.Split('=', 2);
                query.Add(new JsonObject { ["name"] = Uri.UnescapeDataString(parts[0]), ["value"] = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "" });
            }
        }
        var request = new JsonObject
        {
            ["method"] = method,
            ["url"] = url,
            ["httpVersion"] = "HTTP/1.1",
            ["cookies"] = new JsonArray(),
            ["headers"] = headers,
            ["queryString"] = query,
            ["headersSize"] = -1,
            ["bodySize"] = -1,
        };
        if (postData is not null) request["postData"] = postData;
        _entries.Add(new JsonObject
        {
            ["startedDateTime"] = _clock.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["time"] = 120,
            ["request"] = request,
            ["response"] = new JsonObject
            {
                ["status"] = status,
                ["statusText"] = "",
                ["httpVersion"] = "HTTP/1.1",
                ["cookies"] = new JsonArray(),
                ["headers"] = new JsonArray(),
                ["content"] = content ?? new JsonObject { ["size"] = 0, ["mimeType"] = "" },
                ["redirectURL"] = "",
                ["headersSize"] = -1,
                ["bodySize"] = -1,
            },
            ["cache"] = new JsonObject(),
            ["timings"] = new JsonObject { ["send"] = 0, ["wait"] = 120, ["receive"] = 0 },
        });
        _clock = _clock.AddSeconds(1);
        return this;
    }

    public string ToJson() => new JsonObject
    {
        ["log"] = new JsonObject
        {
            ["version"] = "1.2",
            ["creator"] = new JsonObject { ["name"] = "Contracts.Tests", ["version"] = "1.0" },
            ["entries"] = _entries.DeepClone(),
        },
    }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    private static JsonObject Body(string mimeType, byte[] bytes, bool base64) => base64
        ? new JsonObject { ["size"] = bytes.Length, ["mimeType"] = mimeType, ["text"] = Convert.ToBase64String(bytes), ["encoding"] = "base64" }
        : new JsonObject { ["size"] = bytes.Length, ["mimeType"] = mimeType, ["text"] = Encoding.UTF8.GetString(bytes) };

    private static bool IsText(string? mimeType)
        => mimeType is not null && (mimeType.Contains("json", StringComparison.OrdinalIgnoreCase) || mimeType.StartsWith("text/", StringComparison.OrdinalIgnoreCase));
}
