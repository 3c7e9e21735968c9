using System.Collections.Generic;
using System.IO;
using System.Linq;
using Contracts.Generator.Reading;
using Contracts.Tests.Reading.Apifox;
using Contracts.Tests.Tool;
using Xunit;

namespace Contracts.Tests.Diff;

/// <summary>Every file of the shared corpus against itself: real files must compare as unchanged (skipped when the corpus is missing).</summary>
public sealed class CorpusSelfDiffTests
{
    /// <summary>The corpus files by name; one placeholder when the corpus is missing, so the skipped theory still has a row.</summary>
    public static IEnumerable<object[]> Files()
        => Corpus.Folder is { } folder
            ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OrderBy(name => name, System.StringComparer.Ordinal).Select(name => new object[] { name! })
            : new[] { new object[] { "(corpus missing)" } };

    [CorpusTheory]
    [MemberData(nameof(Files))]
    public void A_corpus_file_against_itself_has_no_changes(string name)
    {
        var path = Corpus.PathOf(name);
        var run = ToolRun.Of("diff", path, path, "--format", "json");

        if (ApiDocumentReader.Read(path, File.ReadAllText(path), default) is null)
        {
            // Not an API description (the folder tree of details.json, SOURCES.md): refused as input, not compared.
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("is not an API description", run.Error);
            return;
        }
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"changes\": []", run.Output);
    }

    [CorpusFact]
    public void The_corpus_folder_against_itself_has_no_changes()
    {
        var run = ToolRun.Of("diff", Corpus.Folder!, Corpus.Folder!);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No changes.", run.Output);
    }
}
