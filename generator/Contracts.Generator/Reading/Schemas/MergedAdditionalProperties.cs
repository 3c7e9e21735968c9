using System;
using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// allOf becomes one record, so additionalProperties (false, or a schema) beside it or in one part applies to the merged
/// members: it leaves alone what the other parts declare, where JSON Schema holds each schema to its own properties.
/// That difference is reported (CTR2011) where the additionalProperties is, naming the members it lets through.
/// </summary>
internal static class MergedAdditionalProperties
{
    private const int NamesShown = 3;

    /// <param name="restricting">The site and each part, with where its additionalProperties is written.</param>
    public static void Report(IEnumerable<(Schema Schema, SourceSpan Span)> restricting, Schema merged, string keyword, string pointer, SchemaReporter report)
    {
        foreach (var (schema, span) in restricting)
        {
            if (schema.AllowsAdditionalProperties && schema.AdditionalProperties is null) continue;
            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in schema.Properties) own.Add(property.JsonName);
            var others = new List<string>();
            foreach (var property in merged.Properties)
            {
                if (!own.Contains(property.JsonName)) others.Add("'" + property.JsonName + "'");
            }
            if (others.Count > 0) report.Report(DiagnosticId.AdditionalPropertiesSeeMergedMembers, span, JsonPointer.Display(pointer), keyword, Names(others));
        }
    }

    private static string Names(List<string> names)
    {
        if (names.Count == 1) return names[0];
        if (names.Count <= NamesShown) return string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1];
        return string.Join(", ", names.GetRange(0, NamesShown)) + " and " + (names.Count - NamesShown).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more";
    }
}
