using System.IO;
using System.Linq;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Tests.Harness;
using Contracts.Tests.Tool;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Reading.Swagger;

/// <summary>Swagger 2.0 written as YAML: read by the same reader through the one document tree, positions in the YAML.</summary>
public sealed class SwaggerYamlTests
{
    // The consumer template's file: outside the default *.openapi.* names, listed by hand in a project.
    private static string Text => File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "consumer", "template", "api", "legacy-swagger.yaml"));

    [Fact]
    public void A_swagger_yaml_file_reads_as_swagger_with_its_operations_and_definitions()
    {
        var document = ApiDocumentReader.Read("api/legacy-swagger.yaml", Text, default)!;

        Assert.Equal(SourceFormat.Swagger, document.Format);
        Assert.Equal("Legacy orders", document.Title);
        Assert.Equal(new[] { "GET /orders/{id}", "PUT /orders/{id}" }, document.Operations.Select(o => o.Method + " " + o.Path));
        Assert.Contains(document.Schemas, s => s.Name == "Result«Order»");
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_swagger_yaml_file_compiles_to_a_client_and_its_findings_point_at_yaml_lines()
    {
        // A limit that cannot hold (maximum below minimum) is a finding at its YAML line.
        var broken = Text.Replace("        maximum: 99", "        maximum: abc");
        var run = GeneratorHarness.Run(new[] { new SchemaInput("/repo/api/legacy-swagger.yaml", broken, "Legacy.Api", "LegacyClient") });

        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains(run.GeneratedSources.Keys, name => name.EndsWith(".LegacyClient.g.cs", System.StringComparison.Ordinal));
        var finding = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "CTR2006");
        var line = broken.Split('\n').Select((text, index) => (text, index)).First(l => l.text.Contains("maximum: abc")).index;
        Assert.Equal(line, finding.Location.GetLineSpan().StartLinePosition.Line);
    }
}
