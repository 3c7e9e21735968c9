using System;
using System.IO;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Tests.TestData;

namespace Contracts.Tests.Reading.Apifox;

/// <summary>The corpus of real Apifox files, never committed: found by <see cref="TestDataFolders"/> (tests/data/corpus, ../shared/corpus…).</summary>
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
    public static string? Folder { get; } = TestDataFolders.Find(TestDataSet.Corpus);

    /// <summary>Why corpus tests are skipped, or null when they run.</summary>
    public static string? SkipReason => TestDataFolders.SkipReason(TestDataSet.Corpus);

    public static string PathOf(string name) => Path.Combine(Folder ?? TestDataFolders.Require(TestDataSet.Corpus), name);

    /// <summary>Reads a corpus file through the same entry point the generator uses.</summary>
    public static ApiDocument Read(string name) => ApiDocumentReader.Read(PathOf(name), File.ReadAllText(PathOf(name)), default)
        ?? throw new InvalidOperationException(name + " was not recognised.");

}
