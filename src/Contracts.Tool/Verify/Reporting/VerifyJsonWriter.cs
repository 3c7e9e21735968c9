using System.Collections.Generic;
using System.Text.Json;
using System.IO;
using Contracts.Tool.Diff.Outputs;

namespace Contracts.Tool.Verify.Reporting;

/// <summary>The whole report as JSON, for scripts: counts, violations, and the entries not matched or not checked.</summary>
internal static class VerifyJsonWriter
{
    public static void Write(VerifyReport report, TextWriter output) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("schemas", report.Schemas);
        json.WriteString("recording", report.Recording);
        json.WriteNumber("entries", report.Entries);
        json.WriteNumber("matched", report.Matched);
        json.WriteBoolean("fails", report.Fails);
        json.WriteString("summary", report.Summary);
        json.WriteStartArray("violations");
        foreach (var v in report.Violations)
        {
            json.WriteStartObject();
            json.WriteNumber("entry", v.Entry);
            json.WriteString("startedDateTime", v.StartedDateTime);
            json.WriteString("method", v.Method);
            json.WriteString("url", v.Url);
            json.WriteString("operation", v.Operation);
            json.WriteString("part", v.Part);
            json.WriteString("pointer", v.Pointer);
            json.WriteString("keyword", v.Keyword);
            json.WriteString("expected", v.Expected);
            json.WriteString("actual", v.Actual);
            json.WriteString("message", v.Message);
            json.WriteString("origin", v.Origin);
            if (v.Location is { } location)
            {
                json.WriteStartObject("location");
                json.WriteString("file", location.File);
                json.WriteNumber("line", location.Line);
                json.WriteNumber("column", location.Column);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("location");
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        Notes(json, "unmatched", report.Unmatched);
        Notes(json, "notChecked", report.Unchecked);
        json.WriteEndObject();
    });

    private static void Notes(Utf8JsonWriter json, string name, IReadOnlyList<EntryNote> notes)
    {
        json.WriteStartArray(name);
        foreach (var note in notes)
        {
            json.WriteStartObject();
            json.WriteNumber("entry", note.Entry);
            json.WriteString("startedDateTime", note.StartedDateTime);
            json.WriteString("method", note.Method);
            json.WriteString("url", note.Url);
            json.WriteString("reason", note.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
