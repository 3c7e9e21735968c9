using System;
using System.IO;

namespace Contracts.Tests.Tool;

/// <summary>Files of this repository, found from the test's base directory.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SeedSchema => Path.Combine(Root, "schemas", "replicate-create-prediction.apifox.txt");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Contracts.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
