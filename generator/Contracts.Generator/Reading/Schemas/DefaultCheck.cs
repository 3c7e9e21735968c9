using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Defaults fill absent members, so a default its own schema rejects would make every value that leaves the member out
/// invalid (for JSON Schema a default is only an annotation). Such a default is reported (CTR2010) and not applied.
/// </summary>
internal sealed class DefaultCheck
{
    private readonly SchemaReporter _report;

    public DefaultCheck(SchemaReporter report) => _report = report;

    /// <param name="obj">The schema node, to point at the default (or at the description that stated it).</param>
    /// <param name="schema">The schema complete: allOf merged, prose applied.</param>
    public Schema Apply(JsonObjectNode obj, Schema schema)
    {
        if (schema.Default is not { } json || schema.Reference is not null || LocatedJsonParser.Parse(json).Root is not { } value) return schema;
        // References are not followed: only a default that surely breaks the schema is dropped.
        if (ExampleChecker.FirstMismatch(value, schema) is not { } mismatch) return schema;
        var stated = schema.DefaultOrigin == ConstraintOrigin.Prose ? obj.Get("description") : obj.Get("default");
        var span = stated?.Span ?? obj.Find("allOf")?.NameSpan ?? obj.Span;
        _report.Report(DiagnosticId.DefaultBreaksSchema, span, json.Length <= 60 ? json : json.Substring(0, 57) + "...", mismatch);
        return schema with { Default = null };
    }
}
