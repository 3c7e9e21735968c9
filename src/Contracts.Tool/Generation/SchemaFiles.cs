using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Contracts.Tool.Generation;

/// <summary>The files a `generate` input names: the file itself, or every file under a folder.</summary>
internal static class SchemaFiles
{
    /// <summary>Paths in ordinal order, so output and diagnostics come in the same order on every machine; null when the input does not exist.</summary>
    /// <remarks>Hidden files (.git and the like) are skipped, as .NET enumerates by default.</remarks>
    public static IReadOnlyList<string>? Find(string input)
    {
        if (File.Exists(input)) return new[] { input };
        if (!Directory.Exists(input)) return null;
        return Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false })
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();
    }
}
