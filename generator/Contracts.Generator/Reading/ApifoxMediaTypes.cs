namespace Contracts.Generator.Reading;

/// <summary>Apifox's content kinds ("json", "raw", "form-data"…) as media types.</summary>
internal static class ApifoxMediaTypes
{
    public const string Json = "application/json";
    public const string MultipartForm = "multipart/form-data";
    public const string UrlEncodedForm = "application/x-www-form-urlencoded";

    /// <summary>A response's contentType; <paramref name="mediaType"/> is the fallback for kinds we do not know.</summary>
    public static string FromContentType(string? contentType, string? mediaType)
    {
        if (contentType is not null && contentType.IndexOf('/') >= 0) return contentType;
        switch (contentType?.ToLowerInvariant())
        {
            case "json": return Json;
            case "xml": return "application/xml";
            case "html": return "text/html";
            case "raw":
            case "text": return "text/plain";
            case "binary": return "application/octet-stream";
            case "form-data": return MultipartForm;
            case "x-www-form-urlencoded": return UrlEncodedForm;
            default: return string.IsNullOrEmpty(mediaType) ? Json : mediaType!;
        }
    }
}
