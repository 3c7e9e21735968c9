using System;
using System.ComponentModel;
using System.Globalization;
using System.Net.Http;

namespace Contracts;

/// <summary>
/// Reads one declared response header as the type its schema gives (response or content header, first value); null
/// when the server did not send it or sent text that is not of that type. Used by generated header classes.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResponseHeaderValues
{
    /// <summary>The header's first value as sent.</summary>
    public static string? Text(HttpResponseMessage response, string name)
    {
        if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
        {
            foreach (var value in values) return value;
        }
        return null;
    }

    /// <summary>A whole number that fits an <see cref="int"/>.</summary>
    public static int? Int32(HttpResponseMessage response, string name)
        => int.TryParse(Text(response, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A whole number that fits a <see cref="long"/>.</summary>
    public static long? Int64(HttpResponseMessage response, string name)
        => long.TryParse(Text(response, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A number.</summary>
    public static double? Double(HttpResponseMessage response, string name)
        => double.TryParse(Text(response, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary><c>true</c> or <c>false</c>, in any case.</summary>
    public static bool? Boolean(HttpResponseMessage response, string name)
        => bool.TryParse(Text(response, name), out var value) ? value : null;

    /// <summary>A date-time (ISO 8601, or the HTTP date format).</summary>
    public static DateTimeOffset? DateTimeOffset(HttpResponseMessage response, string name)
        => System.DateTimeOffset.TryParse(Text(response, name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    /// <summary>A uuid.</summary>
    public static Guid? Guid(HttpResponseMessage response, string name)
        => System.Guid.TryParse(Text(response, name), out var value) ? value : null;
}
