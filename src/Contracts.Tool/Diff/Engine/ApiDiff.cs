using System.Collections.Generic;
using Contracts.Generator.Model;

namespace Contracts.Tool.Diff.Engine;

/// <summary>The engine's entry point: every finding between two readings of one schema file, in report order.</summary>
internal static class ApiDiff
{
    /// <param name="document">The name the pair is known by (the file name matched across sides).</param>
    /// <param name="before">The old side, or null when the file is new.</param>
    /// <param name="after">The new side, or null when the file was removed.</param>
    /// <param name="beforeVersion">How old-side locations are labelled ("old", or a git revision).</param>
    public static List<Finding> Compare(string document, ApiDocument? before, ApiDocument? after, string beforeVersion = "old")
    {
        var walker = new SchemaWalker(new NamedSchemaLookup(before), new NamedSchemaLookup(after));
        var sink = new FindingSink(document, before?.FilePath ?? after?.FilePath ?? document, after?.FilePath ?? before?.FilePath ?? document,
            beforeVersion, walker);
        var beforeOperations = before?.Operations ?? default;
        var afterOperations = after?.Operations ?? default;
        foreach (var (old, now) in OperationMatcher.Match(beforeOperations, afterOperations)) OperationComparer.Compare(old, now, sink);
        return sink.Finish();
    }
}
