using System;
using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>Media type families the client treats differently.</summary>
internal static class MediaTypes
{
    public static bool IsJson(string? mediaType)
        => string.IsNullOrEmpty(mediaType) || mediaType!.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0 || mediaType == "*/*";

    public static bool IsMultipart(string? mediaType) => Reading.FormMediaTypes.IsMultipart(mediaType);

    public static bool IsUrlEncoded(string? mediaType) => Reading.FormMediaTypes.IsUrlEncoded(mediaType);

    public static bool IsForm(string? mediaType) => Reading.FormMediaTypes.IsForm(mediaType);

    public static bool IsText(string? mediaType) => Starts(mediaType, "text/");

    /// <summary>The type without its parameters ("application/json;charset=UTF-8" → "application/json"): the client sets the charset itself.</summary>
    public static string Essence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon)).Trim();
    }

    private static bool Starts(string? mediaType, string prefix) => mediaType is not null && mediaType.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
