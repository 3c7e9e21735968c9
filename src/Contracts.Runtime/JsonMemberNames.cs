using System;
using System.Buffers.Binary;
using System.Numerics;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Contracts;

/// <summary>
/// The declared member names of one generated type, once per type: pre-encoded for writing and looked up by UTF-8
/// bytes when reading. Replaces a field per name and a name switch per type in every generated converter.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonMemberNames
{
    // Wider types look names up through buckets; narrower ones compare lengths, then bytes, one by one.
    private const int ScanLimit = 8;

    private readonly JsonEncodedText[] _encoded;
    private readonly byte[][] _utf8;
    private readonly int[]? _buckets;
    private readonly int[]? _chain;

    /// <summary>Creates the table; a member's index is its position in <paramref name="names"/>.</summary>
    public JsonMemberNames(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _encoded = new JsonEncodedText[names.Length];
        _utf8 = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            _encoded[i] = JsonEncodedText.Encode(names[i]);
            _utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }
        if (names.Length <= ScanLimit) return;
        var size = 16;
        while (size < names.Length * 2) size *= 2;
        _buckets = new int[size];
        _chain = new int[names.Length];
        // Filled from the end so each chain lists the earlier of two equal names first, as the scan would find it.
        for (var i = names.Length - 1; i >= 0; i--)
        {
            ref var head = ref _buckets[Hash(_utf8[i]) & (size - 1)];
            _chain[i] = head - 1;
            head = i + 1;
        }
    }

    /// <summary>The pre-encoded name of member <paramref name="index"/>, for <see cref="Utf8JsonWriter"/>.</summary>
    public JsonEncodedText this[int index] => _encoded[index];

    /// <summary>How many names the table holds.</summary>
    public int Count => _encoded.Length;

    /// <summary>
    /// The index of the member whose UTF-8 name is <paramref name="name"/>, or -1. <paramref name="expected"/> is tried
    /// first: members usually arrive in declared order, so one comparison finds most.
    /// </summary>
    public int IndexOf(ReadOnlySpan<byte> name, int expected)
    {
        var names = _utf8;
        if ((uint)expected < (uint)names.Length && name.SequenceEqual(names[expected])) return expected;
        if (_buckets is null)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (names[i].Length == name.Length && name.SequenceEqual(names[i])) return i;
            }
            return -1;
        }
        for (var i = _buckets[Hash(name) & (_buckets.Length - 1)] - 1; i >= 0; i = _chain![i])
        {
            if (name.SequenceEqual(names[i])) return i;
        }
        return -1;
    }

    /// <summary>
    /// The reader is on a member's name: when the type declares it, moves to its value and returns its index (and sets
    /// <paramref name="expected"/> to the one after); otherwise stays on the name and returns -1.
    /// </summary>
    public int Find(ref Utf8JsonReader reader, ref int expected)
    {
        var index = IndexOf(JsonMembers.Name(ref reader), expected);
        if (index < 0) return -1;
        expected = index + 1;
        reader.Read();
        return index;
    }

    private static int Hash(ReadOnlySpan<byte> name)
    {
        // The length and the first and last eight bytes, so long names cost no loop; names alike in those share a
        // bucket and are told apart whole. Not randomized: the names are the schema's, fixed when the type is built.
        ulong key;
        if (name.Length >= sizeof(ulong))
        {
            key = BinaryPrimitives.ReadUInt64LittleEndian(name) ^ BitOperations.RotateLeft(BinaryPrimitives.ReadUInt64LittleEndian(name[^sizeof(ulong)..]), 29);
        }
        else
        {
            key = 0;
            foreach (var b in name) key = key << 8 | b;
        }
        key = (key ^ (ulong)name.Length) * 0x9E3779B97F4A7C15UL;
        return (int)(key >> 33);
    }
}
