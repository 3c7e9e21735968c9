using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Contracts.Generator.Reading;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Hostile;

/// <summary>
/// Inputs kept from fuzzing the readers (tools/fuzz/run.sh): every crash input, and a few inputs that reached new code in
/// each format. The readers must not throw on them, and whatever is generated must compile. The files are read as the
/// fuzzer handed them over: raw bytes decoded as UTF-8, invalid sequences included.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FuzzFolder()).OrderBy(f => f, StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_fuzzer_input_is_read_without_throwing_and_what_is_generated_compiles(string name)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(FuzzFolder(), name)));

        // Not every input is still in a format the readers know (null then); none may throw.
        _ = ApiDocumentReader.Read("/fuzz/" + name, text, CancellationToken.None);
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/fuzz/" + name, text, "Fuzz.Input", "FuzzClient") });

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8785" or "CTR1002");
        var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    // The inputs live beside this file; the tests read them from the source tree, as the snapshot tests do.
    private static string FuzzFolder([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Fuzz");
}
