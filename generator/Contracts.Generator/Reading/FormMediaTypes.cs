using System;

namespace Contracts.Generator.Reading;

/// <summary>
/// Which media types are forms, decided once for the readers (Apifox form fields become the body schema) and the
/// planner and emitters (fields sent as form content, binary members as file parts).
/// </summary>
internal static class FormMediaTypes
{
    public static bool IsMultipart(string? mediaType) => Starts(mediaType, "multipart/");

    public static bool IsUrlEncoded(string? mediaType) => Starts(mediaType, ApifoxMediaTypes.UrlEncodedForm);

    public static bool IsForm(string? mediaType) => IsMultipart(mediaType) || IsUrlEncoded(mediaType);

    private static bool Starts(string? mediaType, string prefix) => mediaType is not null && mediaType.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
