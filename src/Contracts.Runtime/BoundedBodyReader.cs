using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

/// <summary>
/// Reads a whole body into one array of its exact length, refusing to hold more than a limit. With a declared length
/// the array is allocated once at that size; without one, the bytes gather in pooled buffers and are copied once.
/// </summary>
internal static class BoundedBodyReader
{
    private const int FirstBufferSize = 16 * 1024;

    /// <summary>The body's bytes, or null once it grows past <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long? declaredLength, long maxBytes, CancellationToken cancellationToken)
    {
        if (declaredLength is { } length and >= 0 && length <= maxBytes && length <= int.MaxValue)
        {
            var exact = length == 0 ? Array.Empty<byte>() : new byte[length];
            var filled = await FillAsync(stream, exact, 0, cancellationToken).ConfigureAwait(false);
            if (filled < exact.Length) return exact.AsSpan(0, filled).ToArray();
            // The declared length is the server's word, not a bound: a longer body reads on, within the limit.
            var probe = ArrayPool<byte>.Shared.Rent(1);
            try
            {
                var more = await stream.ReadAsync(probe.AsMemory(0, 1), cancellationToken).ConfigureAwait(false);
                if (more == 0) return exact;
                return await ReadRestAsync(stream, exact, probe[0], maxBytes, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(probe);
            }
        }
        return await ReadRestAsync(stream, Array.Empty<byte>(), null, maxBytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads on after <paramref name="start"/> (and one byte already taken), in pooled buffers that double.</summary>
    private static async Task<byte[]?> ReadRestAsync(Stream stream, byte[] start, byte? taken, long maxBytes, CancellationToken cancellationToken)
    {
        var count = start.Length + (taken.HasValue ? 1 : 0);
        if (count > maxBytes) return null;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(FirstBufferSize, count * 2L), int.MaxValue));
        try
        {
            start.CopyTo(buffer, 0);
            if (taken is { } value) buffer[start.Length] = value;
            while (true)
            {
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxBytes >= int.MaxValue ? int.MaxValue : maxBytes + 1));
                    Buffer.BlockCopy(buffer, 0, larger, 0, count);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                    if (count == buffer.Length) return null;
                }
                var read = await stream.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                count += read;
                if (count > maxBytes) return null;
            }
            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<int> FillAsync(Stream stream, byte[] target, int offset, CancellationToken cancellationToken)
    {
        while (offset < target.Length)
        {
            var read = await stream.ReadAsync(target.AsMemory(offset), cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            offset += read;
        }
        return offset;
    }
}
