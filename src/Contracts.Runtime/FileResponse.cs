using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

/// <summary>
/// A file the server sent (an image, a PDF, any body that is not JSON or text): the body as a stream read straight from
/// the connection, never decoded and never limited by <see cref="ContractsClientOptions.MaxResponseBytes"/>, with its
/// media type, file name and length. Dispose it to release the connection.
/// </summary>
public sealed class FileResponse : IDisposable, IAsyncDisposable
{
    private readonly HttpResponseMessage _message;
    private IReadOnlyDictionary<string, IReadOnlyList<string>>? _headers;

    internal FileResponse(HttpResponseMessage message, Stream content)
    {
        _message = message;
        Content = content;
    }

    /// <summary>The HTTP status (a 2xx).</summary>
    public int StatusCode => (int)_message.StatusCode;

    /// <summary>The body, read from the connection as the caller reads it.</summary>
    public Stream Content { get; }

    /// <summary>The media type from Content-Type, such as <c>image/png</c>; null when the server sent none.</summary>
    public string? MediaType => _message.Content.Headers.ContentType?.MediaType;

    /// <summary>The file name from Content-Disposition (<c>filename*</c> preferred), without quotes; null when there is none.</summary>
    public string? FileName
    {
        get
        {
            var disposition = _message.Content.Headers.ContentDisposition;
            var name = disposition?.FileNameStar ?? disposition?.FileName;
            return name?.Trim('"');
        }
    }

    /// <summary>The length from Content-Length; null when the server streams without one.</summary>
    public long? Length => _message.Content.Headers.ContentLength;

    /// <summary>Response and content headers, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => _headers ??= ContractsHttp.CollectHeaders(_message);

    /// <summary>Copies the body to <paramref name="destination"/>.</summary>
    public Task CopyToAsync(Stream destination, CancellationToken cancellationToken = default)
        => Content.CopyToAsync(destination, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _message.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _message.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"FileResponse {{ StatusCode = {StatusCode}, MediaType = {MediaType}, FileName = {FileName}, Length = {Length} }}";
}
