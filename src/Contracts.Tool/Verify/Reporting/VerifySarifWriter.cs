using System.Collections.Generic;
using System.IO;
using Contracts.Tool.Diff.Outputs;

namespace Contracts.Tool.Verify.Reporting;

/// <summary>SARIF 2.1.0: one rule per keyword that failed, one error result per violation at the schema's line and column.</summary>
internal static class VerifySarifWriter
{
    public const string ToolName = "contracts-verify";

    public static void Write(VerifyReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        var rules = new List<string>();
        var indexOf = new Dictionary<string, int>();
        foreach (var v in report.Violations)
        {
            if (indexOf.TryAdd(RuleId(v), rules.Count)) rules.Add(RuleId(v));
        }
        json.WriteStartObject();
        json.WriteString("$schema", SarifReportWriter.SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolName);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", "Recorded traffic breaks the schema's " + rule.Substring("traffic-".Length) + " rule.");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", "error");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var v in report.Violations)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", RuleId(v));
            json.WriteNumber("ruleIndex", indexOf[RuleId(v)]);
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", $"Entry {v.Entry} ({v.Method} {v.Url}): {v.Sentence}");
            json.WriteEndObject();
            SarifLocations.Write(json, v.Location);
            json.WriteStartObject("properties");
            json.WriteNumber("entry", v.Entry);
            json.WriteString("startedDateTime", v.StartedDateTime);
            json.WriteString("operation", v.Operation);
            json.WriteString("part", v.Part);
            json.WriteString("pointer", v.Pointer);
            json.WriteString("expected", v.Expected);
            json.WriteString("actual", v.Actual);
            json.WriteString("origin", v.Origin);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static string RuleId(Violation violation) => "traffic-" + violation.Keyword;
}
