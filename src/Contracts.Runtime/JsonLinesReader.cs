using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;

namespace Contracts;

/// <summary>
/// Reads an <c>application/x-ndjson</c> (JSON Lines) body one value per line as the lines arrive: LF or CRLF ends a
/// line, blank lines are skipped, each line is read through the generated <see cref="JsonTypeInfo{T}"/> (or kept as its
/// text when the operation declares no schema), and a line longer than the limit fails instead of growing without end.
/// </summary>
internal static class JsonLinesReader
{
    public static async IAsyncEnumerable<T> ReadAsync<T>(Stream stream, long maxBytes, JsonTypeInfo<T>? typeInfo, Func<string, Exception?, Exception> fail,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        var line = new MemoryStream();
        var number = 0;
        int read;
        while ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (chunk[i] != (byte)'\n') continue;
                line.Write(chunk, start, i - start);
                start = i + 1;
                number++;
                if (TryRead(line, number, typeInfo, fail, out var item)) yield return item;
                line.SetLength(0);
            }
            line.Write(chunk, start, read - start);
            if (line.Length > maxBytes) throw fail($"line {number + 1} is longer than {maxBytes} bytes (ContractsClientOptions.MaxResponseBytes)", null);
        }
        // The last line may end without a line feed.
        if (TryRead(line, number + 1, typeInfo, fail, out var last)) yield return last;
    }

    private static bool TryRead<T>(MemoryStream line, int number, JsonTypeInfo<T>? typeInfo, Func<string, Exception?, Exception> fail, out T item)
    {
        item = default!;
        var bytes = new ReadOnlySpan<byte>(line.GetBuffer(), 0, (int)line.Length);
        if (bytes.Length > 0 && bytes[bytes.Length - 1] == (byte)'\r') bytes = bytes.Slice(0, bytes.Length - 1);
        if (bytes.Trim(" \t"u8).IsEmpty) return false;
        if (typeInfo is null)
        {
            item = (T)(object)Encoding.UTF8.GetString(bytes);
            return true;
        }
        try
        {
            var value = JsonSerializer.Deserialize(bytes, typeInfo);
            if (value is null && !typeof(T).IsValueType) throw fail($"line {number} is JSON null", null);
            item = value!;
            return true;
        }
        catch (JsonException exception)
        {
            throw fail($"line {number} is not JSON of {typeof(T).Name}: {exception.Message}", exception);
        }
    }
}
