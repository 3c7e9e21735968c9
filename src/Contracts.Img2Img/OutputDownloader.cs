using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.Img2Img;

/// <summary>
/// Saves the output images as <c>&lt;folder&gt;/&lt;prediction id&gt;-&lt;n&gt;.&lt;ext&gt;</c>. Uses its own HttpClient
/// without the API key: output URLs usually point at another host (a CDN), which must never see the key.
/// </summary>
internal sealed class OutputDownloader
{
    /// <summary>Largest image accepted; a bigger body is cut off and reported.</summary>
    public const long MaxImageBytes = 256L * 1024 * 1024;

    private readonly HttpClient _http;

    public OutputDownloader(HttpClient http) => _http = http;

    public async Task<IReadOnlyList<string>> SaveAllAsync(IReadOnlyList<string> urls, string folder, string predictionId, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var saved = new List<string>(urls.Count);
        for (var index = 0; index < urls.Count; index++)
        {
            if (!Uri.TryCreate(urls[index], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                throw new InvalidDataException($"output {index} is not an http(s) URL: {urls[index]}");
            }
            using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"downloading output {index} from {url.GetLeftPart(UriPartial.Path)} failed with {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
            var path = Path.Combine(folder, SafeName(predictionId) + "-" + index + Extension(url, response.Content.Headers.ContentType?.MediaType));
            await WriteAsync(response, path, cancellationToken).ConfigureAwait(false);
            saved.Add(path);
        }
        return saved;
    }

    /// <summary>Written to a temporary name first, so an interrupted download never leaves a truncated image behind.</summary>
    private static async Task WriteAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        var partial = path + ".partial";
        try
        {
            await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
            await using (var file = File.Create(partial))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                    if (total > MaxImageBytes) throw new InvalidDataException($"an output image is larger than {MaxImageBytes} bytes.");
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The id comes from the server: only letters, digits, '-' and '_' reach the file name.</summary>
    private static string SafeName(string id)
    {
        var name = new char[id.Length];
        for (var i = 0; i < id.Length; i++) name[i] = char.IsAsciiLetterOrDigit(id[i]) || id[i] is '-' or '_' ? id[i] : '_';
        return name.Length == 0 ? "prediction" : new string(name);
    }

    private static string Extension(Uri url, string? mediaType)
    {
        var fromUrl = Path.GetExtension(url.AbsolutePath).ToLowerInvariant();
        if (fromUrl is ".png" or ".jpg" or ".jpeg" or ".webp" or ".gif") return fromUrl;
        return mediaType switch
        {
            "image/png" => ".png",
            "image/jpeg" => ".jpg",
            "image/webp" => ".webp",
            "image/gif" => ".gif",
            _ => ".bin",
        };
    }
}
