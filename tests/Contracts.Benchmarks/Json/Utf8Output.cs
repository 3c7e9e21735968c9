using System;
using System.Buffers;
using System.Text.Json;

namespace Contracts.Benchmarks.Json;

/// <summary>A writer over a buffer reused by every call, so a serialiser's own allocations are all that is measured.</summary>
public sealed class Utf8Output
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;

    public Utf8Output() => _writer = new Utf8JsonWriter(_buffer);

    /// <summary>Empties the buffer and hands out the writer.</summary>
    public Utf8JsonWriter Start()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        return _writer;
    }

    /// <summary>What the last call wrote.</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            _writer.Flush();
            return _buffer.WrittenSpan;
        }
    }
}
