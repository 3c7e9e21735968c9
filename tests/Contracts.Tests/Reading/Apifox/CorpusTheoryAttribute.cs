using Xunit;

namespace Contracts.Tests.Reading.Apifox;

/// <summary>A theory that needs the shared corpus; skipped with a reason when it is missing, like <see cref="CorpusFactAttribute"/>.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute() => Skip = Corpus.SkipReason;
}
