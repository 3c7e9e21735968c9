using System;
using System.Globalization;

namespace Contracts.Generator.Reading;

/// <summary>JSON number literals compared by value (1 == 1.0), without losing the literal text.</summary>
internal static class NumericText
{
    /// <summary>True for text that follows the JSON number grammar exactly.</summary>
    public static bool IsJsonNumber(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-') i++;
        if (i >= text.Length || !IsDigit(text[i])) return false;
        if (text[i] == '0') i++;
        else while (i < text.Length && IsDigit(text[i])) i++;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (i >= text.Length || !IsDigit(text[i])) return false;
            while (i < text.Length && IsDigit(text[i])) i++;
        }
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-')) i++;
            if (i >= text.Length || !IsDigit(text[i])) return false;
            while (i < text.Length && IsDigit(text[i])) i++;
        }
        return i == text.Length;
    }

    /// <summary>
    /// Turns a number as people write it ("+5", "007", "1.50") into a JSON literal; false when it is not a plain number.
    /// </summary>
    public static bool TryNormalize(string text, out string json)
    {
        json = "";
        var i = 0;
        var negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }
        var digitsStart = i;
        while (i < text.Length && IsDigit(text[i])) i++;
        if (i == digitsStart) return false;
        var integer = text.Substring(digitsStart, i - digitsStart).TrimStart('0');
        if (integer.Length == 0) integer = "0";
        var rest = text.Substring(i);
        var candidate = (negative ? "-" : "") + integer + rest;
        if (!IsJsonNumber(candidate)) return false;
        json = candidate;
        return true;
    }

    /// <summary>Compares two JSON number literals by value; false when either is not a number.</summary>
    public static bool TryCompare(string left, string right, out int result)
    {
        result = 0;
        if (TryDecimal(left, out var a) && TryDecimal(right, out var b))
        {
            result = a.CompareTo(b);
            return true;
        }
        if (TryDouble(left, out var x) && TryDouble(right, out var y))
        {
            result = x.CompareTo(y);
            return true;
        }
        return false;
    }

    public static bool NumericallyEqual(string left, string right) => TryCompare(left, right, out var result) && result == 0;

    /// <summary>True when the literal's value is a whole number (so 2.0 counts, as JSON Schema says).</summary>
    public static bool IsIntegral(string literal)
    {
        if (TryDecimal(literal, out var value)) return value == decimal.Truncate(value);
        return TryDouble(literal, out var number) && !double.IsInfinity(number) && Math.Floor(number) == number;
    }

    /// <summary>A whole-number literal without fraction ("1.0" → "1"); false when the value is not whole.</summary>
    public static bool TryIntegerLiteral(string literal, out string integer)
    {
        integer = literal;
        if (!IsIntegral(literal)) return false;
        if (TryDecimal(literal, out var value)) integer = decimal.Truncate(value).ToString(CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>A non-negative whole number that fits an int (for minLength and friends).</summary>
    public static bool TryNonNegativeInt(string literal, out int value)
    {
        value = 0;
        if (!TryDecimal(literal, out var number) || number != decimal.Truncate(number) || number < 0 || number > int.MaxValue) return false;
        value = (int)number;
        return true;
    }

    private static bool TryDecimal(string text, out decimal value)
        => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TryDouble(string text, out double value)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
