using Contracts.Generator.Diagnostics;
using Xunit;

namespace Contracts.Tests.Reading.Apifox;

/// <summary>
/// The warnings added for JSON Schema conformance must not flood real files: real exports state their types, defaults
/// that fit, and no additionalProperties beside allOf, so none of these warnings appears on the corpus.
/// </summary>
public sealed class CorpusConformanceWarningTests
{
    [CorpusTheory]
    [InlineData(Corpus.ApifoxToApipost)]
    [InlineData(Corpus.Jt808)]
    [InlineData(Corpus.RedRockVideo)]
    [InlineData(Corpus.Details)]
    [InlineData("napcat-sdk__apifox.openapi.json")]
    public void No_corpus_file_gets_a_conformance_warning(string file)
    {
        var document = Corpus.Read(file);

        Assert.DoesNotContain(document.Diagnostics, d => d.Id == DiagnosticId.TypeInferredFromShape || d.Id == DiagnosticId.DefaultBreaksSchema || d.Id == DiagnosticId.AdditionalPropertiesSeeMergedMembers);
    }
}
