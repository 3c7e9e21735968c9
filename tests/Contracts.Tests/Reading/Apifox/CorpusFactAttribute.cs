using Xunit;

namespace Contracts.Tests.Reading.Apifox;

/// <summary>A fact that needs the shared corpus; xunit 2 has no dynamic skip, so the skip reason is set when it is missing.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (Corpus.Folder is null) Skip = "The shared corpus (../shared/corpus next to the folder holding Contracts.sln) is not present; corpus tests need it.";
    }
}
