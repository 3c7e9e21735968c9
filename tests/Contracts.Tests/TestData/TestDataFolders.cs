using System;
using System.Collections.Generic;
using System.IO;
using Contracts.Tests.Tool;

namespace Contracts.Tests.TestData;

/// <summary>
/// Finds third-party test data, first match wins: the folder in <see cref="RootVariable"/>, then <c>tests/data/</c> inside the
/// repository (git-ignored; <see cref="FetchScript"/> fills it), then <c>../shared/</c> beside the repository. Tests that need a
/// missing set are skipped with a reason naming the script, unless <see cref="RequireVariable"/> is 1: then they run and fail.
/// </summary>
public static class TestDataFolders
{
    public const string RootVariable = "CONTRACTS_TEST_DATA";
    public const string RequireVariable = "CONTRACTS_REQUIRE_TEST_DATA";
    public const string FetchScript = "tests/fetch-test-data.sh";

    /// <summary>True when missing data must fail the run (CI) instead of skipping its tests.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The roots searched, in order; those that do not exist are listed too, so a message can name them.</summary>
    public static IReadOnlyList<string> Roots(string? variable, string repositoryRoot)
    {
        var roots = new List<string>();
        if (variable is { Length: > 0 }) roots.Add(Path.GetFullPath(variable));
        roots.Add(Path.Combine(repositoryRoot, "tests", "data"));
        roots.Add(Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared")));
        return roots;
    }

    /// <summary>The set's folder under the first root that has it, or null.</summary>
    public static string? Find(TestDataSet set, IReadOnlyList<string> roots)
    {
        foreach (var root in roots)
        {
            var folder = Path.Combine(root, set.RelativePath);
            if (Directory.Exists(folder)) return folder;
        }
        return null;
    }

    /// <summary>The set's folder on this machine, or null.</summary>
    public static string? Find(TestDataSet set) => Find(set, DefaultRoots.Value);

    /// <summary>The set's folder; throws with the places looked in and how to get the data when it is nowhere.</summary>
    public static string Require(TestDataSet set)
        => Find(set) ?? throw new DirectoryNotFoundException(MissingMessage(set, DefaultRoots.Value));

    /// <summary>Why tests of <paramref name="set"/> are skipped, or null when they run (the data is there, or it is required).</summary>
    public static string? SkipReason(TestDataSet set) => SkipReason(set, DefaultRoots.Value, Required);

    public static string? SkipReason(TestDataSet set, IReadOnlyList<string> roots, bool required)
        => Find(set, roots) is not null || required ? null : MissingMessage(set, roots);

    public static string MissingMessage(TestDataSet set, IReadOnlyList<string> roots)
        => $"{set.Description} ({set.RelativePath}) is not in {string.Join(", ", roots)}. Run `bash {FetchScript}` to fetch it "
           + $"(or copy it from ../shared), or set {RootVariable} to a folder that holds it.";

    private static readonly Lazy<IReadOnlyList<string>> DefaultRoots
        = new(() => Roots(Environment.GetEnvironmentVariable(RootVariable), RepositoryFiles.Root));
}
