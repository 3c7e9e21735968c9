using System;
using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Selection;

/// <summary>
/// Narrows a document to the operations a <see cref="OperationSelection"/> includes and the named schemas they reach.
/// Findings inside what is left out are dropped (the user chose not to build it); a pattern that matches nothing is
/// reported, so a typo never silently drops everything.
/// </summary>
internal static class DocumentSelector
{
    /// <summary>The metadata (and tool option) names the patterns come from, as diagnostics name them.</summary>
    public const string IncludeName = "ContractsInclude";
    public const string ExcludeName = "ContractsExclude";
    public const string KeepSchemasName = "ContractsKeepSchemas";

    public static ApiDocument Apply(ApiDocument document, OperationSelection selection)
    {
        if (selection.IsAll) return document;
        var diagnostics = new List<DiagnosticInfo>();
        var include = Parse(selection.Include);
        var exclude = Parse(selection.Exclude);
        var includeUsed = new bool[include.Length];
        var excludeUsed = new bool[exclude.Length];

        var kept = new List<Operation>();
        var dropped = new List<SourceSpan>();
        foreach (var operation in document.Operations)
        {
            var included = include.Length == 0;
            for (var i = 0; i < include.Length; i++)
            {
                if (include[i].Matches(operation)) included = includeUsed[i] = true;
            }
            var excluded = false;
            for (var i = 0; i < exclude.Length; i++)
            {
                if (exclude[i].Matches(operation)) excluded = excludeUsed[i] = true;
            }
            if (included && !excluded) kept.Add(operation);
            else dropped.Add(operation.Span);
        }

        var roots = new List<string>();
        foreach (var pattern in selection.KeepSchemas)
        {
            var found = false;
            foreach (var named in document.Schemas)
            {
                if (!PathGlob.IsMatch(pattern, named.Name) && !string.Equals(pattern, named.Key, StringComparison.Ordinal)) continue;
                roots.Add(named.Key);
                found = true;
            }
            if (!found) diagnostics.Add(NoMatch(document, KeepSchemasName, pattern, "named schema"));
        }
        for (var i = 0; i < include.Length; i++)
        {
            if (!includeUsed[i]) diagnostics.Add(NoMatch(document, IncludeName, include[i].Text, "operation"));
        }
        for (var i = 0; i < exclude.Length; i++)
        {
            if (!excludeUsed[i]) diagnostics.Add(NoMatch(document, ExcludeName, exclude[i].Text, "operation"));
        }

        var reached = SchemaReachability.From(kept, document.Schemas, roots);
        var schemas = new List<NamedSchema>();
        foreach (var named in document.Schemas)
        {
            if (reached.Contains(named.Key)) schemas.Add(named);
            else dropped.Add(named.Span);
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            if (!InsideAny(diagnostic.Span, dropped) || IsInsideKept(diagnostic.Span, kept, schemas)) diagnostics.Add(diagnostic);
        }
        return document with
        {
            Operations = kept.ToEquatableArray(),
            Diagnostics = diagnostics.ToEquatableArray(),
            Schemas = schemas.ToEquatableArray(),
        };
    }

    private static OperationPattern[] Parse(EquatableArray<string> patterns)
    {
        var parsed = new OperationPattern[patterns.Count];
        for (var i = 0; i < parsed.Length; i++) parsed[i] = OperationPattern.Parse(patterns[i]);
        return parsed;
    }

    private static DiagnosticInfo NoMatch(ApiDocument document, string metadata, string pattern, string what)
        => DiagnosticInfo.Create(DiagnosticId.SelectionMatchesNothing, document.FilePath, SourceSpan.None, metadata, pattern, what);

    // A finding of a kept operation can sit inside a dropped span only where spans nest (an Apifox page's blocks), so
    // kept spans win.
    private static bool IsInsideKept(SourceSpan span, List<Operation> kept, List<NamedSchema> schemas)
    {
        foreach (var operation in kept)
        {
            if (Contains(operation.Span, span)) return true;
        }
        foreach (var named in schemas)
        {
            if (Contains(named.Span, span)) return true;
        }
        return false;
    }

    private static bool InsideAny(SourceSpan span, List<SourceSpan> spans)
    {
        foreach (var outer in spans)
        {
            if (Contains(outer, span)) return true;
        }
        return false;
    }

    private static bool Contains(SourceSpan outer, SourceSpan inner)
    {
        if (outer == SourceSpan.None || inner == SourceSpan.None) return false;
        var startsAfter = inner.StartLine > outer.StartLine || (inner.StartLine == outer.StartLine && inner.StartColumn >= outer.StartColumn);
        var endsBefore = inner.EndLine < outer.EndLine || (inner.EndLine == outer.EndLine && inner.EndColumn <= outer.EndColumn);
        return startsAfter && endsBefore;
    }
}
