using System;

namespace Contracts;

/// <summary>
/// Decides exactly, from a JSON number's text, whether it is a whole number and how large: no rounding through
/// double or decimal, so <c>1.0000000000000000000000000001</c> is not taken for 1. Allocates nothing.
/// </summary>
internal static class WholeNumber
{
    // An exponent beyond this makes any nonzero value too large or a fraction either way; clamping keeps the arithmetic in int.
    private const int ExponentLimit = 1_000_000;

    /// <param name="text">A number as the JSON grammar allows it: -?digits(.digits)?([eE][+-]?digits)?</param>
    /// <param name="negative">True when the text starts with a minus sign.</param>
    /// <param name="magnitude">The absolute value, when it is whole and fits a ulong.</param>
    /// <returns>True when the number has no fractional part and its magnitude fits a ulong.</returns>
    public static bool TryParse(ReadOnlySpan<byte> text, out bool negative, out ulong magnitude)
    {
        magnitude = 0;
        var i = 0;
        negative = text.Length > 0 && text[0] == (byte)'-';
        if (negative) i++;
        var integerStart = i;
        while (i < text.Length && IsDigit(text[i])) i++;
        var integerDigits = i - integerStart;
        var fractionStart = i;
        var fractionDigits = 0;
        if (i < text.Length && text[i] == (byte)'.')
        {
            fractionStart = ++i;
            while (i < text.Length && IsDigit(text[i])) i++;
            fractionDigits = i - fractionStart;
        }
        var exponent = 0;
        if (i < text.Length && (text[i] == (byte)'e' || text[i] == (byte)'E'))
        {
            i++;
            var exponentNegative = i < text.Length && text[i] == (byte)'-';
            if (i < text.Length && (text[i] == (byte)'-' || text[i] == (byte)'+')) i++;
            while (i < text.Length && IsDigit(text[i]))
            {
                if (exponent < ExponentLimit) exponent = exponent * 10 + (text[i] - '0');
                i++;
            }
            if (exponentNegative) exponent = -exponent;
        }
        if (i != text.Length || integerDigits == 0) return false;

        // The digits, integer part then fraction, as one sequence; the decimal point sits before index `point`.
        var count = integerDigits + fractionDigits;
        var first = 0;
        while (first < count && Digit(text, integerStart, integerDigits, fractionStart, first) == 0) first++;
        if (first == count) return true;
        var last = count - 1;
        while (Digit(text, integerStart, integerDigits, fractionStart, last) == 0) last--;
        var point = integerDigits + exponent;
        // A nonzero digit after the point is a fraction; more than 20 digits before it cannot fit a ulong.
        if (last >= point || point - first > 20) return false;
        for (var index = first; index < point; index++)
        {
            var digit = index <= last ? Digit(text, integerStart, integerDigits, fractionStart, index) : 0UL;
            if (magnitude > (ulong.MaxValue - digit) / 10) return false;
            magnitude = magnitude * 10 + digit;
        }
        return true;
    }

    private static uint Digit(ReadOnlySpan<byte> text, int integerStart, int integerDigits, int fractionStart, int index)
        => (uint)((index < integerDigits ? text[integerStart + index] : text[fractionStart + index - integerDigits]) - '0');

    private static bool IsDigit(byte c) => c >= (byte)'0' && c <= (byte)'9';
}
