using Contracts.Generator;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Planning;
using Xunit;

namespace Contracts.Tests;

public sealed class GeneratorNeverThrowsTests
{
    [Fact]
    public void An_unexpected_exception_becomes_one_diagnostic_naming_the_file()
    {
        // A null text cannot come from Roslyn, which makes it a reliable way to force a failure deep inside the reader.
        var input = new SchemaFileInput("schemas/broken.apifox.txt", null!, new SchemaFileOptions(null, null, null));

        var output = ContractsGenerator.Generate(input, default);

        Assert.Empty(output.Sources);
        var diagnostic = Assert.Single(output.Diagnostics);
        Assert.Equal(DiagnosticId.UnexpectedException, diagnostic.Id);
        Assert.Equal("schemas/broken.apifox.txt", diagnostic.Arguments[0]);
        Assert.Contains("Exception", diagnostic.Arguments[1]);
    }
}
