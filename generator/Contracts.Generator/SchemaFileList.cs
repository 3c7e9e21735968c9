using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Contracts.Generator.Emitting.Plan;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator;

/// <summary>An AdditionalFiles item with the hint-name prefix that no other item has, and whether its path came earlier.</summary>
internal sealed record SchemaFile(AdditionalText Text, string HintPrefix, bool Repeated);

/// <summary>
/// Gives every AdditionalFiles item a hint-name prefix unique by construction, so each file can register its sources on
/// its own (an edit re-adds only that file's sources) without two files ever producing the same hint name.
/// </summary>
internal static class SchemaFileList
{
    public static ImmutableArray<SchemaFile> Identify(ImmutableArray<AdditionalText> texts)
    {
        // Files whose prefixes collide are numbered in ordinal path order, so the numbering does not depend on item order.
        var pathsByPrefix = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            var prefix = PlanBuilder.DefaultHintPrefix(text.Path);
            if (!pathsByPrefix.TryGetValue(prefix, out var paths)) pathsByPrefix[prefix] = paths = new SortedSet<string>(StringComparer.Ordinal);
            paths.Add(text.Path);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = ImmutableArray.CreateBuilder<SchemaFile>(texts.Length);
        foreach (var text in texts)
        {
            var prefix = PlanBuilder.DefaultHintPrefix(text.Path);
            var rank = 0;
            foreach (var path in pathsByPrefix[prefix])
            {
                if (path == text.Path) break;
                rank++;
            }
            files.Add(new SchemaFile(text, rank == 0 ? prefix : prefix + (rank + 1), Repeated: !seen.Add(text.Path)));
        }
        return files.MoveToImmutable();
    }
}
