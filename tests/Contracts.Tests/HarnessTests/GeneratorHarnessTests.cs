using System;
using System.Linq;
using Contracts.Tests.Harness;
using Xunit;
using Xunit.Sdk;

namespace Contracts.Tests.HarnessTests;

public sealed class GeneratorHarnessTests
{
    private const string Greeter = """
        namespace Sample;

        public static class Greeter
        {
            public static string Greet(string name) => "Hello, " + name;

            public static Contracts.ValidationError Missing() => new("/name", "required", null, null, "name is required");
        }
        """;

    [Fact]
    public void Compiles_and_runs_an_extra_source_without_schemas()
    {
        var run = GeneratorHarness.Run(Array.Empty<SchemaInput>(), new[] { Greeter });

        using var compiled = run.Compile();

        Assert.Equal("Hello, you", compiled.InvokeStatic("Sample.Greeter", "Greet", "you"));
        Assert.Equal("Sample.Greeter", compiled.GetType("Sample.Greeter").FullName);
    }

    [Fact]
    public void Generated_code_shares_the_runtime_types_with_the_test()
    {
        using var compiled = GeneratorHarness.Run(Array.Empty<SchemaInput>(), new[] { Greeter }).Compile();

        var error = compiled.InvokeStatic("Sample.Greeter", "Missing");

        Assert.IsType<Contracts.ValidationError>(error);
    }

    [Fact]
    public void A_compile_error_is_reported_with_file_line_and_source()
    {
        const string broken = "public class Broken\n{\n    public int Count() => \"many\";\n}\n";
        var run = GeneratorHarness.Run(Array.Empty<SchemaInput>(), new[] { broken });

        var failure = Assert.ThrowsAny<XunitException>(() => run.Compile());

        Assert.Contains("Extra0.cs(3,", failure.Message);
        Assert.Contains("CS0029", failure.Message);
        Assert.Contains("public int Count() => \"many\";", failure.Message);
    }

    [Fact]
    public void An_added_source_reruns_the_same_driver()
    {
        var first = GeneratorHarness.Run(Array.Empty<SchemaInput>());

        var second = first.WithAddedSource(Greeter);

        Assert.Single(second.InputCompilation.SyntaxTrees);
        Assert.Contains(second.OutputCompilation.SyntaxTrees, tree => tree.FilePath == "Extra0.cs");
        Assert.Empty(second.CompilationDiagnostics.Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Fact]
    public void Asking_for_an_untracked_step_fails_naming_it()
    {
        var run = GeneratorHarness.Run(Array.Empty<SchemaInput>());

        var failure = Assert.ThrowsAny<XunitException>(() => run.StepReasons("NoSuchStep"));

        Assert.Contains("NoSuchStep", failure.Message);
    }

    [Fact]
    public void Schema_metadata_and_root_namespace_reach_the_generator_as_MSBuild_would_pass_them()
    {
        var provider = new HarnessOptionsProvider("My.Root");
        var withMetadata = new InMemoryAdditionalText(new SchemaInput("a.apifox.txt", "{}", "My.Api", "MyClient"));
        var without = new InMemoryAdditionalText(new SchemaInput("b.apifox.txt", "{}"));

        Assert.True(provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var root));
        Assert.Equal("My.Root", root);
        Assert.True(provider.GetOptions(withMetadata).TryGetValue("build_metadata.AdditionalFiles.ContractsNamespace", out var ns));
        Assert.Equal("My.Api", ns);
        Assert.True(provider.GetOptions(withMetadata).TryGetValue("build_metadata.AdditionalFiles.ContractsClientName", out var client));
        Assert.Equal("MyClient", client);
        Assert.True(provider.GetOptions(without).TryGetValue("build_metadata.AdditionalFiles.ContractsNamespace", out var unset));
        Assert.Equal("", unset);
    }
}
