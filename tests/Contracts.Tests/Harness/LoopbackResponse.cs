using System.Collections.Generic;
using System.Text;

namespace Contracts.Tests.Harness;

/// <summary>What the loopback server answers with: status, headers and body.</summary>
public sealed record LoopbackResponse(int StatusCode, IReadOnlyDictionary<string, string>? Headers = null, byte[]? Body = null)
{
    public static LoopbackResponse Json(int statusCode, string json) => WithText(statusCode, json, "application/json; charset=utf-8");

    public static LoopbackResponse Text(int statusCode, string text) => WithText(statusCode, text, "text/plain; charset=utf-8");

    public static LoopbackResponse Empty(int statusCode) => new(statusCode);

    private static LoopbackResponse WithText(int statusCode, string text, string contentType)
        => new(statusCode, new Dictionary<string, string> { ["Content-Type"] = contentType }, Encoding.UTF8.GetBytes(text));
}
