using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Contracts;

/// <summary>
/// Reads JSON Schema integers: any JSON number with no fractional part, so <c>1.0</c>, <c>-2.0</c> and <c>1e2</c> are
/// integers too. Plain integers take System.Text.Json's fast path unchanged; only a number it refuses is looked at again.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonIntegers
{
    /// <summary>The current number token as an int; a JsonException when it is not a whole number in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ReadInt32(ref Utf8JsonReader reader) => reader.TryGetInt32(out var value) ? value : WholeInt32(ref reader);

    /// <summary>The current number token as a long; a JsonException when it is not a whole number in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ReadInt64(ref Utf8JsonReader reader) => reader.TryGetInt64(out var value) ? value : WholeInt64(ref reader);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int WholeInt32(ref Utf8JsonReader reader)
    {
        var text = NumberText(ref reader);
        if (WholeNumber.TryParse(text, out var negative, out var magnitude) && magnitude <= (negative ? 2147483648UL : int.MaxValue))
        {
            return negative ? (int)-(long)magnitude : (int)magnitude;
        }
        throw NotAnInteger(text, "Int32");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long WholeInt64(ref Utf8JsonReader reader)
    {
        var text = NumberText(ref reader);
        if (WholeNumber.TryParse(text, out var negative, out var magnitude) && magnitude <= (negative ? 9223372036854775808UL : long.MaxValue))
        {
            return negative ? (long)(0UL - magnitude) : (long)magnitude;
        }
        throw NotAnInteger(text, "Int64");
    }

    /// <summary>The raw number (numbers are never escaped); a number split across buffers is copied, which is rare.</summary>
    private static ReadOnlySpan<byte> NumberText(ref Utf8JsonReader reader)
        => reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;

    private static JsonException NotAnInteger(ReadOnlySpan<byte> text, string type)
        => new("The JSON number " + Encoding.UTF8.GetString(text.ToArray()) + " is not a whole number within the range of " + type + ".");
}
