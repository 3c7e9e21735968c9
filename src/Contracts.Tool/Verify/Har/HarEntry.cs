using System.Collections.Generic;

namespace Contracts.Tool.Verify.Har;

/// <summary>One request and its response as a recording holds them; <paramref name="Index"/> counts from 0 in file order.</summary>
internal sealed record HarEntry(
    int Index,
    string StartedDateTime,
    string Method,
    string Url,
    IReadOnlyList<HarPair> RequestHeaders,
    IReadOnlyList<HarPair> QueryString,
    HarBody? RequestBody,
    int Status,
    IReadOnlyList<HarPair> ResponseHeaders,
    HarBody? ResponseBody);

/// <summary>A header or query parameter, as recorded.</summary>
internal sealed record HarPair(string Name, string Value);

/// <summary>
/// A body: its media type and its text, already decoded from base64 when the recording said so (<paramref name="Text"/> is
/// null when the bytes are not UTF-8 text). Recorders store bodies after gzip and the like are undone.
/// </summary>
internal sealed record HarBody(string MimeType, string? Text, bool WasBase64);
