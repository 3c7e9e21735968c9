using System.Text.Json;
using Contracts.Tool.Diff.Engine;

namespace Contracts.Tool.Diff.Outputs;

/// <summary>A SARIF result's "locations" array, written the same way by <c>contracts diff</c> and <c>contracts verify</c>.</summary>
internal static class SarifLocations
{
    /// <summary>Writes "locations": one physical location (file, line, column), or none when the place is unknown.</summary>
    public static void Write(Utf8JsonWriter json, SourceLocation? location)
    {
        json.WriteStartArray("locations");
        if (location is not null)
        {
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ArtifactUri.Of(location.File));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            json.WriteNumber("startColumn", location.Column);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
