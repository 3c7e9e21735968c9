using System.IO;
using System.Text.Json;
using Contracts.Tool.Diff.Engine;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Outputs;

/// <summary>For machines: the summary, whether the run fails, and every finding with its rule's tags and both locations.</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    public void Write(DiffReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        var outcome = report.Outcome;
        json.WriteStartObject();
        json.WriteString("old", report.Before);
        json.WriteString("new", report.After);
        json.WriteStartObject("summary");
        json.WriteNumber("breaking", outcome.Count(RuleLevel.Breaking));
        json.WriteNumber("warning", outcome.Count(RuleLevel.Warning));
        json.WriteNumber("info", outcome.Count(RuleLevel.Info));
        json.WriteNumber("ignored", outcome.Ignored);
        json.WriteString("failOn", outcome.FailOn.ToString().ToLowerInvariant());
        json.WriteBoolean("failed", outcome.Fails);
        json.WriteEndObject();
        json.WriteStartArray("changes");
        foreach (var finding in outcome.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule.Id);
            json.WriteString("level", LevelNames.Text(finding.Level));
            json.WriteString("direction", finding.Rule.Direction.ToString().ToLowerInvariant());
            json.WriteString("kind", finding.Rule.Kind.ToString().ToLowerInvariant());
            json.WriteString("action", finding.Rule.Action.ToString().ToLowerInvariant());
            json.WriteString("document", finding.Document);
            json.WriteString("operation", finding.Operation);
            json.WriteString("place", finding.Place.Label);
            json.WriteString("pointer", finding.Pointer);
            json.WriteString("change", finding.Detail);
            json.WriteString("explanation", finding.Rule.Explanation);
            Location(json, "location", finding.Location);
            Location(json, "oldLocation", finding.Before);
            Location(json, "newLocation", finding.After);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Location(Utf8JsonWriter json, string name, SourceLocation? location)
    {
        if (location is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("file", location.File);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        if (location.Version is not null) json.WriteString("version", location.Version);
        json.WriteEndObject();
    }
}
