using System.Globalization;
using System.Numerics;

namespace Contracts.Generator.Reading.Yaml;

/// <summary>
/// Types a plain (unquoted) scalar by the YAML 1.2 core schema: null, booleans, integers and floats, anything else a
/// string. So "yes", "on" and "no" stay strings (unlike YAML 1.1). Numbers come back as JSON number literals.
/// </summary>
internal static class YamlCoreSchema
{
    // Longer octal or hex literals stay strings: converting them costs quadratic time and no API document has one.
    private const int MaxRadixDigits = 256;

    public static YamlPlainKind Resolve(string text, out string jsonLiteral)
    {
        jsonLiteral = text;
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return YamlPlainKind.Null;
            case "true" or "True" or "TRUE":
                return YamlPlainKind.True;
            case "false" or "False" or "FALSE":
                return YamlPlainKind.False;
        }
        var first = text[0];
        if (first is not ((>= '0' and <= '9') or '-' or '+' or '.')) return YamlPlainKind.String;
        if (IsDecimalInteger(text))
        {
            jsonLiteral = DecimalInteger(text);
            return YamlPlainKind.Number;
        }
        if (text.Length > 2 && text.Length <= MaxRadixDigits + 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'x'))
        {
            var radix = text[1] == 'o' ? 8 : 16;
            var value = BigInteger.Zero;
            for (var i = 2; i < text.Length; i++)
            {
                var digit = DigitValue(text[i]);
                if (digit < 0 || digit >= radix) return YamlPlainKind.String;
                value = value * radix + digit;
            }
            jsonLiteral = value.ToString(CultureInfo.InvariantCulture);
            return YamlPlainKind.Number;
        }
        if (TryFloat(text, out var literal))
        {
            jsonLiteral = literal;
            return YamlPlainKind.Number;
        }
        // .inf, -.inf and .nan are floats in YAML but JSON has no literal for them: they stay strings.
        return YamlPlainKind.String;
    }

    private static bool IsDecimalInteger(string text)
    {
        var i = text[0] is '-' or '+' ? 1 : 0;
        if (i == text.Length) return false;
        for (; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9') return false;
        }
        return true;
    }

    // "+007" → "7", "-0" → "0": the JSON literal of the same integer.
    private static string DecimalInteger(string text)
    {
        var negative = text[0] == '-';
        var start = text[0] is '-' or '+' ? 1 : 0;
        while (start < text.Length - 1 && text[start] == '0') start++;
        var digits = text.Substring(start);
        return negative && digits != "0" ? "-" + digits : digits;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>
    /// [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?, rewritten as JSON text rather than parsed as a
    /// double so no digits are lost: "+1." → "1", ".5" → "0.5", "007.10" → "7.10".
    /// </summary>
    private static bool TryFloat(string text, out string literal)
    {
        literal = text;
        var i = 0;
        var negative = false;
        if (text[i] is '-' or '+')
        {
            negative = text[i] == '-';
            i++;
        }
        var integerStart = i;
        while (i < text.Length && text[i] is >= '0' and <= '9') i++;
        var integer = text.Substring(integerStart, i - integerStart);
        var fraction = "";
        if (i < text.Length && text[i] == '.')
        {
            i++;
            var fractionStart = i;
            while (i < text.Length && text[i] is >= '0' and <= '9') i++;
            fraction = text.Substring(fractionStart, i - fractionStart);
        }
        if (integer.Length == 0 && fraction.Length == 0) return false;
        var exponent = "";
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var exponentStart = i;
            i++;
            if (i < text.Length && text[i] is '-' or '+') i++;
            var digitsStart = i;
            while (i < text.Length && text[i] is >= '0' and <= '9') i++;
            if (i == digitsStart) return false;
            exponent = text.Substring(exponentStart, i - exponentStart);
        }
        if (i != text.Length) return false;
        integer = integer.TrimStart('0');
        literal = (negative ? "-" : "") + (integer.Length == 0 ? "0" : integer) + (fraction.Length == 0 ? "" : "." + fraction) + exponent;
        return true;
    }
}
