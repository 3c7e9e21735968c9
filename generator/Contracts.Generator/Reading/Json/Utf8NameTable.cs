using System;
using System.Text;

namespace Contracts.Generator.Reading.Json;

/// <summary>
/// Hands out one string per distinct short UTF-8 token within a parse: exports repeat "type", "description",
/// "properties" and their values hundreds of thousands of times, and each would otherwise be a new string.
/// </summary>
internal sealed class Utf8NameTable
{
    /// <summary>Bytes of JSON from which a table saves more than it costs.</summary>
    public const int WorthwhileFrom = 64 * 1024;

    private const int MaxLength = 48;
    private readonly byte[]?[] _keys;
    private readonly string?[] _values;
    private readonly int _mask;

    /// <param name="textLength">Bytes to parse: small blocks get a small table.</param>
    public Utf8NameTable(int textLength)
    {
        // A power of two from 64 to 4096 slots; a taken slot is overwritten, which only costs a fresh string later.
        var size = 64;
        while (size < 4096 && size * 256 < textLength) size *= 2;
        _keys = new byte[size][];
        _values = new string[size];
        _mask = size - 1;
    }

    /// <summary>The string for these unescaped bytes, shared with every earlier equal token.</summary>
    public string Get(byte[] buffer, int start, int length)
    {
        if (length > MaxLength) return Encoding.UTF8.GetString(buffer, start, length);
        var utf8 = new ReadOnlySpan<byte>(buffer, start, length);
        var hash = 2166136261u;
        foreach (var b in utf8) hash = (hash ^ b) * 16777619u;
        var slot = (int)(hash & (uint)_mask);
        if (_keys[slot] is { } key && utf8.SequenceEqual(key)) return _values[slot]!;
        var value = length == 0 ? "" : Encoding.UTF8.GetString(buffer, start, length);
        _keys[slot] = utf8.ToArray();
        _values[slot] = value;
        return value;
    }

}
