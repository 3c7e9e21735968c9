using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Contracts.Tool.Diff.Engine;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Outputs;

/// <summary>
/// SARIF 2.1.0 for code scanning: one run, the rules that fired as the driver's rules (with their tags), one result per
/// finding at its line and column.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string ToolName = "contracts-diff";

    public void Write(DiffReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        var rules = new List<Rule>();
        var indexOf = new Dictionary<string, int>();
        foreach (var finding in report.Outcome.Findings)
        {
            if (indexOf.TryAdd(finding.Rule.Id, rules.Count)) rules.Add(finding.Rule);
        }

        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolName);
        json.WriteStartArray("rules");
        foreach (var rule in rules) WriteRule(json, rule);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var finding in report.Outcome.Findings) WriteResult(json, finding, indexOf[finding.Rule.Id]);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteRule(Utf8JsonWriter json, Rule rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Explanation);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", LevelNames.Sarif(rule.Level));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue(rule.Direction.ToString().ToLowerInvariant());
        json.WriteStringValue(rule.Kind.ToString().ToLowerInvariant());
        json.WriteStringValue(rule.Action.ToString().ToLowerInvariant());
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", LevelNames.Sarif(finding.Level));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Sentence);
        json.WriteEndObject();
        SarifLocations.Write(json, finding.Location);
        json.WriteStartObject("properties");
        json.WriteString("operation", finding.Operation);
        json.WriteString("pointer", finding.Pointer);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
