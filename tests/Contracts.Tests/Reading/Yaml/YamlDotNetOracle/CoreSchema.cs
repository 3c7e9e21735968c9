using System;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Contracts.Tests.Reading.Yaml.YamlDotNetOracle;

/// <summary>
/// Types a plain (unquoted) scalar by the YAML 1.2 core schema: null, booleans, integers and floats; anything else is
/// a string. So "yes", "on" and "no" stay strings, unlike YAML 1.1, and quoted scalars never come here.
/// </summary>
internal static partial class CoreSchema
{
    public static JsonScalar Resolve(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return new JsonScalar(JsonScalarKind.Null, "null");
            case "true" or "True" or "TRUE":
                return new JsonScalar(JsonScalarKind.True, "true");
            case "false" or "False" or "FALSE":
                return new JsonScalar(JsonScalarKind.False, "false");
        }
        if (DecimalInteger().IsMatch(text))
        {
            return Number(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }
        if (OctalInteger().IsMatch(text))
        {
            var value = BigInteger.Zero;
            foreach (var digit in text.AsSpan(2)) value = value * 8 + (digit - '0');
            return Number(value.ToString(CultureInfo.InvariantCulture));
        }
        if (HexInteger().IsMatch(text))
        {
            // A leading 0 keeps the value positive when the first hex digit is 8 or more.
            return Number(BigInteger.Parse("0" + text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }
        if (Float().Match(text) is { Success: true } match)
        {
            return Number(JsonFloat(match));
        }
        // .inf, -.inf and .nan are floats in YAML but JSON has no literal for them: keep the text as a string.
        return JsonScalar.String(text);
    }

    private static JsonScalar Number(string literal) => new(JsonScalarKind.Number, literal);

    // Rewritten as text rather than parsed as a double, so no digits are lost: "+1." → "1", ".5" → "0.5", "007.10" → "7.10".
    private static string JsonFloat(Match match)
    {
        var sign = match.Groups["sign"].Value == "-" ? "-" : "";
        var integer = match.Groups["int"].Value.TrimStart('0');
        var fraction = match.Groups["frac"].Value;
        var exponent = match.Groups["exp"].Value;
        return sign + (integer.Length == 0 ? "0" : integer) + (fraction.Length == 0 ? "" : "." + fraction) + exponent;
    }

    [GeneratedRegex(@"^[-+]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^0o[0-7]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex OctalInteger();

    [GeneratedRegex(@"^0x[0-9a-fA-F]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex HexInteger();

    [GeneratedRegex(@"^(?<sign>[-+]?)(?:\.(?<frac>[0-9]+)|(?<int>[0-9]+)(?:\.(?<frac>[0-9]*))?)(?<exp>[eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Float();
}
