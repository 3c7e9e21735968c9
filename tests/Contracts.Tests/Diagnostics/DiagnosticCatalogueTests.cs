using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Tests.Diagnostics;

public sealed class DiagnosticCatalogueTests
{
    [Fact]
    public void Every_entry_is_listed_once_and_mirrors_the_descriptor_of_its_name()
    {
        var entries = StaticFields<DiagnosticId>(typeof(DiagnosticId));
        var descriptors = StaticFields<DiagnosticDescriptor>(typeof(DiagnosticDescriptors));

        Assert.Equal(entries.Values, DiagnosticId.All);
        Assert.Equal(descriptors.Keys.OrderBy(n => n), entries.Keys.OrderBy(n => n));
        Assert.Equal(entries.Count, entries.Values.Select(d => d.Code).Distinct().Count());
        Assert.Equal(entries.Values.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal), entries.Values.Select(d => d.Code));
        foreach (var (name, id) in entries)
        {
            var descriptor = id.ToDescriptor();
            Assert.Same(descriptors[name], descriptor);
            Assert.Equal(id.Code, descriptor.Id);
            Assert.Equal(id.Level.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Matches("^CTR[1-6][0-9]{3}$", id.Code);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()), id.Code);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()), id.Code);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), id.Code);
            Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id.Code.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void The_catalogue_cannot_be_extended_from_outside()
    {
        Assert.True(typeof(DiagnosticId).IsSealed);
        Assert.All(typeof(DiagnosticId).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), c => Assert.True(c.IsPrivate));
    }

    [Fact]
    public void An_entry_shows_no_roslyn_object_to_a_model_walk()
    {
        var model = DiagnosticInfo.Create(DiagnosticId.MalformedJson, "a.json", SourceSpan.None, "body", "oops");

        ModelPurity.AssertPure(model);
    }

    [Fact]
    public void The_readme_lists_every_diagnostic_under_its_help_anchor()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        foreach (var id in DiagnosticId.All)
        {
            var link = id.ToDescriptor().HelpLinkUri;
            var anchor = link.Substring(link.IndexOf('#') + 1);
            Assert.Contains($"| <a id=\"{anchor}\"></a>{id.Code} | {id.Level.ToString().ToLowerInvariant()} |", readme);
        }
    }

    [Fact]
    public void The_release_tracking_files_list_exactly_the_catalogue()
    {
        var folder = Path.Combine(RepositoryRoot(), "generator", "Contracts.Generator");
        var rows = TrackedRules(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            .Concat(TrackedRules(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
            .ToList();

        Assert.Equal(
            DiagnosticId.All.Select(id => $"{id.Code} | {id.ToDescriptor().Category} | {id.ToDescriptor().DefaultSeverity}").OrderBy(r => r, StringComparer.Ordinal),
            rows.OrderBy(r => r, StringComparer.Ordinal));
    }

    private static Dictionary<string, T> StaticFields<T>(Type type)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(T))
            .ToDictionary(f => f.Name, f => (T)f.GetValue(null)!);

    // "CTR1001 | Contracts.Input | Error" from each row of a New Rules table (the Notes column is free text).
    private static IEnumerable<string> TrackedRules(string path)
        => File.ReadLines(path)
            .Select(line => Regex.Match(line, @"^(CTR\d{4})\s*\|\s*([^|]+?)\s*\|\s*(\w+)\s*\|"))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups[1].Value} | {m.Groups[2].Value} | {m.Groups[3].Value}");

    internal static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string callerFilePath = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(callerFilePath)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Contracts.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("Contracts.sln not found above " + callerFilePath);
    }
}
