using System.IO;
using System.Linq;
using Contracts.Tests.Harness;
using Contracts.Tests.Reading.Apifox;
using Contracts.Tests.Reading.Equivalence;
using Xunit;

namespace Contracts.Tests.Generation;

/// <summary>Reviewed snapshots of what representative corpus files mean (the model) and become (the client).</summary>
public sealed class CorpusSnapshotTests
{
    [CorpusTheory]
    [InlineData(Corpus.ApifoxToApipost)]
    [InlineData(Corpus.Details)]
    public void Model_matches_its_reviewed_snapshot(string name)
    {
        var document = Corpus.Read(name);

        Snapshot.Match("Corpus/" + Path.GetFileNameWithoutExtension(name) + ".model", ModelText.Of(document));
    }

    [CorpusFact]
    public void Client_of_the_older_project_export_matches_its_reviewed_snapshot()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/schemas/" + Corpus.ApifoxToApipost, File.ReadAllText(Corpus.PathOf(Corpus.ApifoxToApipost)), "Corpus.PetStore", "PetStoreClient") });

        Snapshot.Match("Corpus/apifox2apipost.client", run.GeneratedSources.Single(p => p.Key.EndsWith(".PetStoreClient.g.cs", System.StringComparison.Ordinal)).Value);
    }
}
