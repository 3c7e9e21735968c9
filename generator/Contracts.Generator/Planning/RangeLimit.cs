using System.Globalization;

namespace Contracts.Generator.Planning;

/// <summary>
/// Decides whether a numeric limit can go to the runtime's one-call range check (ValidationChecks.Range): inclusive, of
/// the member's own C# type, and written in the schema exactly as the runtime prints it (so messages keep the schema's text).
/// </summary>
internal static class RangeLimit
{
    /// <summary>The C# literal to pass, "null" for no limit, or null when the limit needs the long form.</summary>
    public static string? Literal(LimitRule? bound, ValueKind kind)
    {
        if (bound is null) return "null";
        if (bound.Exclusive || NumberLiteral.For(bound.Literal, kind) is not { } literal) return null;
        var text = bound.Literal;
        var printed = kind switch
        {
            ValueKind.Int32 or ValueKind.Int64 => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                ? whole.ToString(CultureInfo.InvariantCulture) : null,
            ValueKind.Double => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d.ToString("R", CultureInfo.InvariantCulture) : null,
            // A float limit is compared, and printed, as the double it widens to.
            ValueKind.Single => float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? ((double)f).ToString("R", CultureInfo.InvariantCulture) : null,
            ValueKind.Decimal => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m.ToString(CultureInfo.InvariantCulture) : null,
            _ => null,
        };
        return printed == text ? literal : null;
    }

    /// <summary>True when a string const can go to the one-call check: its JSON text is what the runtime's quoting writes.</summary>
    public static bool PlainString(string json)
    {
        if (json.Length < 2 || json[0] != '"' || json[json.Length - 1] != '"') return false;
        for (var i = 1; i < json.Length - 1; i++)
        {
            var c = json[i];
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or ' ' or '_' or '-' or '.' or ':' or '/' or ',')) return false;
        }
        return true;
    }
}
