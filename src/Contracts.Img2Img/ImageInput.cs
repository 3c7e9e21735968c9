using System;
using System.IO;

namespace Contracts.Img2Img;

/// <summary>Turns --image into what the API's <c>image</c> field takes: a URL as given, or a local file as a data URI.</summary>
internal static class ImageInput
{
    /// <summary>Above this a data URI makes a large request body; a URL is then the better choice (a warning says so).</summary>
    public const long LargeFileBytes = 1024 * 1024;

    public static bool IsUrl(string value)
        => value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
           || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
           || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    /// <summary>A <c>data:</c> URI holding the bytes, typed by their signature first and the file extension second.</summary>
    public static string ToDataUri(ReadOnlySpan<byte> bytes, string path)
        => "data:" + MediaTypeOf(bytes, path) + ";base64," + Convert.ToBase64String(bytes);

    private static string MediaTypeOf(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G'])) return "image/png";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (bytes.StartsWith("GIF8"u8)) return "image/gif";
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes.Slice(8, 4).SequenceEqual("WEBP"u8)) return "image/webp";
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".gif" => "image/gif",
            ".webp" => "image/webp",
            _ => "application/octet-stream",
        };
    }
}
