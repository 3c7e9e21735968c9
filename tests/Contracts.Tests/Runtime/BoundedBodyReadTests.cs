using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Contracts.Tests.Runtime;

/// <summary>
/// ContractsHttp.ReadBodyAsync: the whole body, byte for byte, whatever the Content-Length says and however the stream
/// hands it out, and an ApiException once it passes the limit.
/// </summary>
public sealed class BoundedBodyReadTests
{
    private static readonly byte[] Body = Enumerable.Range(0, 100_003).Select(i => (byte)(i * 7 + i / 251)).ToArray();

    [Theory]
    [InlineData(true, 1)]
    [InlineData(true, 4096)]
    [InlineData(false, 1)]
    [InlineData(false, 5000)]
    [InlineData(false, 1 << 20)]
    public async Task The_whole_body_is_read_with_or_without_its_length_in_any_chunk_size(bool declared, int chunk)
    {
        var read = await ContractsHttp.ReadBodyAsync(Response(Body, declared ? Body.Length : null, chunk), 1 << 20, "GET /x", CancellationToken.None);

        Assert.Equal(Body, read);
    }

    [Fact]
    public async Task An_empty_body_is_an_empty_array()
    {
        Assert.Empty(await ContractsHttp.ReadBodyAsync(Response(Array.Empty<byte>(), 0, 16), 10, "GET /x", CancellationToken.None));
        Assert.Empty(await ContractsHttp.ReadBodyAsync(Response(Array.Empty<byte>(), null, 16), 10, "GET /x", CancellationToken.None));
    }

    [Fact]
    public async Task A_body_longer_than_its_declared_length_is_read_on_within_the_limit()
    {
        var read = await ContractsHttp.ReadBodyAsync(Response(Body, 10, 777), 1 << 20, "GET /x", CancellationToken.None);

        Assert.Equal(Body, read);
    }

    [Fact]
    public async Task A_body_shorter_than_its_declared_length_is_what_came()
    {
        var read = await ContractsHttp.ReadBodyAsync(Response(Body.AsSpan(0, 300).ToArray(), 1000, 64), 1 << 20, "GET /x", CancellationToken.None);

        Assert.Equal(Body.AsSpan(0, 300).ToArray(), read);
    }

    [Theory]
    [InlineData(true, 100_003)]
    [InlineData(false, 100_002)]
    [InlineData(false, 16_384)]
    [InlineData(false, 0)]
    public async Task A_body_past_the_limit_is_an_api_exception_naming_the_limit(bool declared, long maxBytes)
    {
        // Declared within the limit but longer in fact, or undeclared: both are cut at the limit, never held whole.
        var length = declared ? 10 : (long?)null;

        var error = await Assert.ThrowsAsync<ApiException>(() => ContractsHttp.ReadBodyAsync(Response(Body, length, 1000), maxBytes - (declared ? 1 : 0), "GET /x", CancellationToken.None));

        Assert.Contains($"larger than {maxBytes - (declared ? 1 : 0)} bytes", error.InnerException!.Message);
    }

    [Fact]
    public async Task A_body_exactly_at_the_limit_is_read()
    {
        Assert.Equal(Body, await ContractsHttp.ReadBodyAsync(Response(Body, null, 3000), Body.Length, "GET /x", CancellationToken.None));
        Assert.Equal(Body, await ContractsHttp.ReadBodyAsync(Response(Body, Body.Length, 3000), Body.Length, "GET /x", CancellationToken.None));
    }

    private static HttpResponseMessage Response(byte[] body, long? contentLength, int chunk)
    {
        var content = new StreamContent(new TrickleStream(body, chunk));
        content.Headers.ContentLength = contentLength;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    /// <summary>A stream that hands out at most <c>chunk</c> bytes per read, as a slow connection does.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
