using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System;
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
        // Paths in ordinal order take the first free prefix (the file's own, then numbered), so the result does not
        // depend on item order and a numbered prefix never meets another file's own ("api.json" twice and "api2.json").
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in texts) paths.Add(text.Path);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var prefixByPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var own = SchemaFileNames.DefaultHintPrefix(path);
            var prefix = own;
            for (var n = 2; !taken.Add(prefix); n++) prefix = own + "_" + n.ToString(CultureInfo.InvariantCulture);
            prefixByPath.Add(path, prefix);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = ImmutableArray.CreateBuilder<SchemaFile>(texts.Length);
        foreach (var text in texts)
        {
            files.Add(new SchemaFile(text, prefixByPath[text.Path], Repeated: !seen.Add(text.Path)));
        }
        return files.MoveToImmutable();
    }
}
