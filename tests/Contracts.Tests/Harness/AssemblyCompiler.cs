using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace Contracts.Tests.Harness;

/// <summary>Turns a generator run's output compilation into a loaded assembly a test can call into.</summary>
public static class AssemblyCompiler
{
    /// <summary>Emits <see cref="GeneratorRun.OutputCompilation"/> to memory and loads it; fails listing every error.</summary>
    public static CompiledAssembly Compile(this GeneratorRun run)
    {
        using var peStream = new MemoryStream();
        using var pdbStream = new MemoryStream();
        // A PDB gives stack traces from generated code file names and line numbers.
        var result = run.OutputCompilation.Emit(
            peStream,
            pdbStream,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));

        var errors = result.Diagnostics
            .Concat(run.GeneratorDiagnostics)
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Distinct()
            .ToList();
        if (!result.Success || errors.Count > 0)
        {
            Assert.Fail(CompileErrorReport.Describe(errors, run));
        }

        peStream.Position = 0;
        pdbStream.Position = 0;
        return CompiledAssembly.Load(run.OutputCompilation.AssemblyName ?? "Generated", peStream, pdbStream);
    }
}
