using System.IO;
using System.Linq;
using Contracts.Tests.Harness;
using Contracts.Tests.Reading.Apifox;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Generation;

/// <summary>Every real file in ../shared/corpus generates code that compiles, with no error and no crash.</summary>
public sealed class CorpusGenerationTests
{
    private static readonly string[] Names =
    {
        Corpus.ApifoxToApipost,
        Corpus.Jt808,
        Corpus.RedRockVideo,
        Corpus.Details,
        Corpus.TreeList,
        "napcat-sdk__apifox.openapi.json",
        Corpus.Pont,
        Corpus.SwaggerTypescriptApi,
        "nova__默认模块.md",
        "HttpManageBackEnd__HTTP接口管理平台.md",
        "MoeTrip__api_spec.md",
    };

    public static TheoryData<string> Files() => new(Names);

    [CorpusTheory]
    [MemberData(nameof(Files))]
    public void Generates_code_that_compiles_without_errors_or_warnings(string name)
    {
        var input = new SchemaInput("/repo/schemas/" + name, File.ReadAllText(Corpus.PathOf(name)));

        var run = GeneratorHarness.Run(new[] { input });

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(10).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        if (name == Corpus.TreeList)
        {
            // A folder tree alone describes no operation: listed by hand, it is named for what it is (CTR1009), and nothing is generated.
            Assert.Empty(run.GeneratedSources);
            Assert.Contains("folder tree", Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CTR1009").GetMessage());
        }
        else
        {
            Assert.Contains(run.GeneratedSources.Keys, k => k.EndsWith("Client.g.cs", System.StringComparison.Ordinal));
        }
    }

    [CorpusFact]
    public void The_whole_corpus_in_one_project_compiles()
    {
        var inputs = Names.Select(name => new SchemaInput("/repo/schemas/" + name, File.ReadAllText(Corpus.PathOf(name))));

        var run = GeneratorHarness.Run(inputs);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }
}
