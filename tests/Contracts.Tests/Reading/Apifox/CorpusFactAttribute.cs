using Xunit;

namespace Contracts.Tests.Reading.Apifox;

/// <summary>A fact that needs the shared corpus; xunit 2 has no dynamic skip, so the skip reason is set when it is missing.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute() => Skip = Corpus.SkipReason;
}
