using System;
using System.Linq;
using System.Text;

namespace Contracts.Tool.Verify.Reporting;

/// <summary>
/// Keeps credentials out of reports: values of headers, cookies, query parameters and members whose name looks secret,
/// and the user information of URLs, are shown as <see cref="Mask"/>. Recordings hold live tokens; reports get pasted.
/// </summary>
internal static class SecretRedaction
{
    public const string Mask = "REDACTED";

    private static readonly string[] SecretParts =
    {
        "token", "secret", "passw", "pwd", "apikey", "api_key", "api-key", "auth", "session", "signature", "credential",
        "cookie", "private", "jwt", "bearer",
    };

    private static readonly string[] SecretNames = { "key", "sig", "code", "sid", "x-amz-security-token" };

    /// <summary>True for names such as Authorization, Cookie, access_token, X-Api-Key, sig.</summary>
    public static bool IsSecret(string name)
    {
        var lower = name.ToLowerInvariant();
        return SecretNames.Contains(lower) || SecretParts.Any(part => lower.Contains(part, StringComparison.Ordinal))
            || lower.EndsWith("_key", StringComparison.Ordinal) || lower.EndsWith("-key", StringComparison.Ordinal);
    }

    /// <summary>The URL without user information and with the values of secret-looking query parameters masked; no fragment.</summary>
    public static string Url(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return QueryOf(url);
        var builder = new StringBuilder();
        builder.Append(uri.Scheme).Append("://");
        if (uri.UserInfo.Length > 0) builder.Append(Mask).Append('@');
        builder.Append(uri.IsDefaultPort ? uri.Host : uri.Authority);
        builder.Append(uri.AbsolutePath);
        if (uri.Query.Length > 1) builder.Append('?').Append(Query(uri.Query.Substring(1)));
        return builder.ToString();
    }

    /// <summary>The value, or the mask when <paramref name="name"/> looks secret.</summary>
    public static string? Value(string name, string? value) => value is null ? null : IsSecret(name) ? Mask : value;

    private static string QueryOf(string text)
    {
        var question = text.IndexOf('?');
        var hash = text.IndexOf('#');
        if (hash >= 0) text = text.Substring(0, hash);
        return question < 0 ? text : text.Substring(0, question + 1) + Query(text.Substring(question + 1));
    }

    private static string Query(string query) => string.Join("&", query.Split('&').Select(pair =>
    {
        var equals = pair.IndexOf('=');
        var name = Uri.UnescapeDataString((equals < 0 ? pair : pair.Substring(0, equals)).Replace('+', ' '));
        return equals >= 0 && IsSecret(name) ? pair.Substring(0, equals + 1) + Mask : pair;
    }));
}
