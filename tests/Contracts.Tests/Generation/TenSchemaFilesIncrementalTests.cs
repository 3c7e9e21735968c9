using System.Linq;
using Contracts.Generator;
using Contracts.Tests.Harness;
using Contracts.Tests.Seed;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Generation;

/// <summary>With ten schema files in a project, an edit to one reads, plans and emits that file alone.</summary>
public sealed class TenSchemaFilesIncrementalTests
{
    private static SchemaInput File(int index)
        => new($"/repo/schemas/file{index}.apifox.txt", SeedExamples.SeedText, $"Contracts.File{index}");

    [Fact]
    public void Editing_one_of_ten_schema_files_regenerates_only_that_file()
    {
        var files = Enumerable.Range(0, 10).Select(File).ToArray();
        var first = GeneratorHarness.Run(files);
        var edited = files[6] with { Text = files[6].Text.Replace("最大值:8", "最大值:6") };

        var second = first.WithReplacedSchema(edited);

        // One Modified output per step for the edited file; the nine others come from the cache.
        foreach (var step in new[] { TrackingNames.Input, TrackingNames.Emit })
        {
            var reasons = second.StepReasons(step);
            Assert.Equal(10, reasons.Count);
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(9, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }
        // Only the edited file's text changed; the other nine files' outputs are the very same strings, not regenerated copies.
        var changed = second.GeneratedSources.Where(pair => first.GeneratedSources[pair.Key] != pair.Value).Select(pair => pair.Key).ToList();
        Assert.Equal(new[] { "File6.PostPredictionsRequestInput.g.cs" }, changed);
        // Each file adds its own sources: nine source outputs are reused, only the edited file's sources are added again.
        var added = second.OutputStepReasons(WellKnownGeneratorOutputs.SourceOutput);
        Assert.Equal(1, added.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(0, added.Count(r => r == IncrementalStepRunReason.New));
        // + the missing-reference check, + the ten clients' extras (DI, configuration, logging): the edit left every client's names as they were.
        Assert.Equal(9 + 1 + 10, added.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        var emitted = second.StepOutputs(TrackingNames.Emit).Cast<FileOutput>().ToList();
        var before = first.StepOutputs(TrackingNames.Emit).Cast<FileOutput>().ToList();
        Assert.Equal(9, emitted.Count(output => before.Any(old => ReferenceEquals(old, output))));
    }
}
