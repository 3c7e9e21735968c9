using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Planning;

/// <summary>C# literals for JSON numbers, typed to the property, or null when the number does not fit that type.</summary>
internal static class NumberLiteral
{
    public static string? For(string json, ValueKind kind)
    {
        switch (kind)
        {
            case ValueKind.Int32:
                return long.TryParse(json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i32) && i32 >= int.MinValue && i32 <= int.MaxValue
                    ? i32.ToString(CultureInfo.InvariantCulture)
                    : IntegralFromFloat(json, int.MinValue, int.MaxValue, "");
            case ValueKind.Int64:
                return long.TryParse(json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i64)
                    ? i64.ToString(CultureInfo.InvariantCulture) + "L"
                    : IntegralFromFloat(json, long.MinValue, long.MaxValue, "L");
            case ValueKind.Double:
                return double.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsInfinity(d)
                    ? d.ToString("R", CultureInfo.InvariantCulture) + "d"
                    : null;
            case ValueKind.Single:
                return float.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && !float.IsInfinity(f)
                    ? f.ToString("R", CultureInfo.InvariantCulture) + "f"
                    : null;
            case ValueKind.Decimal:
                return decimal.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
                    ? m.ToString(CultureInfo.InvariantCulture) + "m"
                    : null;
            default:
                return null;
        }
    }

    /// <summary>JSON Schema treats 1.0 as an integer.</summary>
    private static string? IntegralFromFloat(string json, double min, double max, string suffix)
        => double.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == System.Math.Floor(value) && value >= min && value <= max
            ? ((long)value).ToString(CultureInfo.InvariantCulture) + suffix
            : null;
}
