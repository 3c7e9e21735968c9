using System.Globalization;
using Contracts.Tool.Diff.Engine;

namespace Contracts.Tool.Diff.Outputs;

/// <summary>"file:line:column", with the old side's label when the place is on the old side.</summary>
internal static class LocationText
{
    public static string Of(SourceLocation? location)
    {
        if (location is null) return "";
        var text = location.File + ":" + location.Line.ToString(CultureInfo.InvariantCulture) + ":" + location.Column.ToString(CultureInfo.InvariantCulture);
        return location.Version is null ? text : $"{text} ({location.Version})";
    }
}
