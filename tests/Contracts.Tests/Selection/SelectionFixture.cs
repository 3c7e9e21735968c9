using System.IO;
using Contracts.Tests.Tool;

namespace Contracts.Tests.Selection;

/// <summary>
/// A small OpenAPI document for the filters: three folders, tags, a schema cycle and a schema no operation uses. The
/// consumer template builds the same file with filters as item metadata, so it is kept once, there.
/// </summary>
internal static class SelectionFixture
{
    public const string Path = "/repo/schemas/shop.openapi.json";

    public static string Text { get; } = File.ReadAllText(System.IO.Path.Combine(RepositoryFiles.Root, "tests", "consumer", "template", "schemas", "shop.openapi.json"));
}
