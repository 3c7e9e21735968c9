using System;
using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading;

/// <summary>
/// Folds what a description states into a schema: prose fills gaps, keywords win disagreements (CTR3001),
/// and prose that does not fit the type is dropped (CTR3002).
/// </summary>
internal sealed class ProseConstraintMerger
{
    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics;

    public ProseConstraintMerger(string filePath, List<DiagnosticInfo> diagnostics)
    {
        _filePath = filePath;
        _diagnostics = diagnostics;
    }

    public Schema Merge(Schema schema, JsonStringNode description)
    {
        var prose = ProseConstraintParser.Parse(description.Value);
        if (prose.IsEmpty) return schema;
        var typeName = SchemaTypeText.ToText(schema.Type);

        if (prose.Default is { } stated)
        {
            var json = ToJson(stated.Text, schema);
            if (json is null) Report(DiagnosticId.ProseConstraintUnusable, description, stated, "default", stated.Text, typeName);
            else if (schema.Default is { } keyword)
            {
                if (!SameJson(keyword, json)) Report(DiagnosticId.ProseDisagreesWithKeyword, description, stated, "default", keyword, stated.Text);
            }
            else schema = schema with { Default = json, DefaultOrigin = ConstraintOrigin.Prose };
        }

        var constraints = schema.Constraints;
        var numeric = schema.Type is SchemaType.Integer or SchemaType.Number;
        constraints = constraints with
        {
            Minimum = MergeBound(prose.Minimum, constraints.Minimum, numeric, "minimum", "exclusiveMinimum", description, typeName),
            Maximum = MergeBound(prose.Maximum, constraints.Maximum, numeric, "maximum", "exclusiveMaximum", description, typeName),
        };
        if (!prose.AllowedValues.IsEmpty)
        {
            constraints = MergeAllowedValues(schema, constraints, prose.AllowedValues, description, typeName);
        }

        return constraints == schema.Constraints ? schema : schema with { Constraints = constraints };
    }

    private Constraints MergeAllowedValues(Schema schema, Constraints constraints, EquatableArray<ProseMatch> stated, JsonStringNode description, string typeName)
    {
        var texts = new List<string>();
        var values = new List<string>();
        foreach (var match in stated)
        {
            texts.Add(match.Text);
            var json = ToJson(match.Text, schema);
            if (json is not null) values.Add(json);
        }
        var whole = new ProseMatch(string.Join(", ", texts), stated[0].Start, stated[stated.Count - 1].Start + stated[stated.Count - 1].Length - stated[0].Start);
        if (values.Count != texts.Count)
        {
            Report(DiagnosticId.ProseConstraintUnusable, description, whole, "allowed values", whole.Text, typeName);
            return constraints;
        }
        if (!constraints.AllowedValues.IsEmpty)
        {
            if (!SameSet(constraints.AllowedValues, values))
                Report(DiagnosticId.ProseDisagreesWithKeyword, description, whole, "enum", string.Join(", ", constraints.AllowedValues), whole.Text);
            return constraints;
        }
        return constraints with { AllowedValues = new EquatableArray<string>(values.ToArray()), AllowedValuesOrigin = ConstraintOrigin.Prose };
    }

    /// <summary>A prose value as JSON text of the schema's type; null when it does not fit.</summary>
    private static string? ToJson(string text, Schema schema)
    {
        if (string.Equals(text, "null", StringComparison.OrdinalIgnoreCase) && (schema.Nullable || schema.Type == SchemaType.Any)) return "null";
        switch (schema.Type)
        {
            case SchemaType.Integer:
                return NumericText.TryNormalize(text, out var integer) && NumericText.TryIntegerLiteral(integer, out var whole) ? whole : null;
            case SchemaType.Number:
                return NumericText.TryNormalize(text, out var number) ? number : null;
            case SchemaType.Boolean:
                return Boolean(text);
            case SchemaType.String:
                return string.Equals(text, "null", StringComparison.OrdinalIgnoreCase) ? null : JsonCompactWriter.Quote(text);
            case SchemaType.Any:
                return NumericText.TryNormalize(text, out var any) ? any : Boolean(text) ?? JsonCompactWriter.Quote(text);
            default:
                // Objects and arrays only when the prose wrote real JSON of that kind.
                var parsed = LocatedJsonParser.Parse(text);
                var kind = schema.Type == SchemaType.Object ? JsonNodeKind.Object : JsonNodeKind.Array;
                return parsed.Root is { } root && root.Kind == kind ? JsonCompactWriter.Write(root) : null;
        }
    }

    private static string? Boolean(string text)
        => string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) ? "true"
            : string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) ? "false"
            : null;

    private static bool SameJson(string left, string right)
        => NumericText.IsJsonNumber(left) && NumericText.IsJsonNumber(right)
            ? NumericText.NumericallyEqual(left, right)
            : string.Equals(left, right, StringComparison.Ordinal);

    private static bool SameSet(EquatableArray<string> keyword, List<string> prose)
    {
        foreach (var value in keyword)
        {
            if (!prose.Exists(p => SameJson(p, value))) return false;
        }
        foreach (var value in prose)
        {
            var found = false;
            foreach (var k in keyword) found |= SameJson(k, value);
            if (!found) return false;
        }
        return true;
    }

    /// <summary>A limit stated in prose fills an absent keyword; beside a keyword it only reports a disagreement.</summary>
    private NumericBound? MergeBound(ProseMatch? stated, NumericBound? keyword, bool numeric, string name, string exclusiveName,
        JsonStringNode description, string typeName)
    {
        if (stated is not { } limit) return keyword;
        if (!numeric)
        {
            Report(DiagnosticId.ProseConstraintUnusable, description, limit, name, limit.Text, typeName);
            return keyword;
        }
        if (keyword is null) return new NumericBound(limit.Text, false, ConstraintOrigin.Prose);
        if (!NumericText.NumericallyEqual(keyword.Literal, limit.Text))
        {
            Report(DiagnosticId.ProseDisagreesWithKeyword, description, limit, keyword.Exclusive ? exclusiveName : name, keyword.Literal, limit.Text);
        }
        return keyword;
    }

    private void Report(DiagnosticId id, JsonStringNode description, ProseMatch match, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _filePath, description.SpanOf(match.Start, match.Length), arguments));
}
