using System;
using System.IO;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;

namespace Contracts.Tests.Reading.Apifox;

/// <summary>The shared corpus of real Apifox files: ../shared/corpus beside the repository, never copied into it.</summary>
internal static class Corpus
{
    public const string ApifoxToApipost = "apifox2apipost__apifox4.json";
    public const string Jt808 = "go-jt808__JT808协议.apifox.json";
    public const string RedRockVideo = "RedRock-Video-BE__RedRockVideo.apifox.json";
    public const string Details = "apifox-generator__details.json";
    public const string TreeList = "apifox-generator__treeList.json";
    public const string Pont = "pont__api-docs.json";
    public const string SwaggerTypescriptApi = "swagger-typescript-api__schema.json";

    /// <summary>The corpus folder, or null when it is not there (e.g. on a machine with only the repository).</summary>
    public static string? Folder { get; } = Find();

    /// <summary>Why corpus tests are skipped, or null when <paramref name="folder"/> (the corpus) is there.</summary>
    public static string? SkipReason(string? folder)
        => folder is null ? "The shared corpus (../shared/corpus beside the folder holding Contracts.sln) is missing, so corpus tests are skipped." : null;

    public static string PathOf(string name) => Path.Combine(Folder ?? throw new DirectoryNotFoundException("The corpus folder is missing."), name);

    /// <summary>Reads a corpus file through the same entry point the generator uses.</summary>
    public static ApiDocument Read(string name) => ApiDocumentReader.Read(PathOf(name), File.ReadAllText(PathOf(name)), default)
        ?? throw new InvalidOperationException(name + " was not recognised.");

    private static string? Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Contracts.sln"))) directory = directory.Parent;
        if (directory is null) return null;
        var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
        return Directory.Exists(corpus) ? corpus : null;
    }
}
