using System;
using System.IO;
using Xunit;

namespace Contracts.Tests.Reading.OpenApi;

/// <summary>
/// A fact over a file of the shared corpus (../shared/corpus beside the repository), skipped when that file is absent,
/// because the corpus is not part of the repository and xunit 2 has no skipping at run time.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(string fileName)
    {
        if (CorpusFiles.PathOf(fileName) is null) Skip = $"Corpus file {fileName} not found beside the repository (../shared/corpus).";
    }
}

/// <summary>Finds corpus files: walks up from the test binaries to Contracts.sln, then into ../shared/corpus.</summary>
public static class CorpusFiles
{
    public static string? PathOf(string fileName)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "Contracts.sln"))) continue;
            var path = Path.Combine(folder.FullName, "..", "shared", "corpus", fileName);
            return File.Exists(path) ? Path.GetFullPath(path) : null;
        }
        return null;
    }
}
