using System.IO;
using System.Linq;
using System.Reflection;
using Contracts.Generator.Diagnostics;
using Xunit;

namespace Contracts.Tests.Diagnostics;

public sealed class DiagnosticCatalogueTests
{
    private static string[] AllIds() => typeof(DiagnosticIds)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_id_is_unique_and_has_a_descriptor_with_title_message_and_help()
    {
        var ids = AllIds();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        foreach (var id in ids)
        {
            var descriptor = DiagnosticCatalogue.ById[id];
            Assert.Matches("^CTR[1-5][0-9]{3}$", id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()), id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()), id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), id);
        }
        Assert.Equal(ids.OrderBy(i => i), DiagnosticCatalogue.ById.Keys.OrderBy(i => i));
    }

    [Fact]
    public void The_readme_lists_every_diagnostic()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        foreach (var id in AllIds())
        {
            Assert.Contains("| " + id + " |", readme);
        }
    }

    internal static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string callerFilePath = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(callerFilePath)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Contracts.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("Contracts.sln not found above " + callerFilePath);
    }
}
