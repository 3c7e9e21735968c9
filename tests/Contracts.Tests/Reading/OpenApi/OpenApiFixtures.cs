using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Xunit;

namespace Contracts.Tests.Reading.OpenApi;

/// <summary>Reading helpers for OpenAPI tests: documents go through the real entry point, so detection is tested too.</summary>
internal static class OpenApiFixtures
{
    public const string FilePath = "specs/默认模块.openapi.json";

    public static ApiDocument Read(string text, string filePath = FilePath)
    {
        var document = ApiDocumentReader.Read(filePath, text, default);
        Assert.NotNull(document);
        Assert.Equal(SourceFormat.OpenApi, document!.Format);
        return document;
    }

    /// <summary>A 3.0.1 document with the given "paths" and "components" member texts.</summary>
    public static string Document(string paths, string components = "{}")
        => "{\"openapi\": \"3.0.1\", \"info\": {\"title\": \"T\", \"version\": \"1\"}, \"paths\": " + paths + ", \"components\": " + components + "}";

    /// <summary>A document with one POST /things operation whose text is given.</summary>
    public static string OneOperation(string operation, string components = "{}")
        => Document("{\"/things\": {\"post\": " + operation + "}}", components);

    public static string[] Briefs(ApiDocument document) => document.Diagnostics.Select(ReadingFixtures.Brief).ToArray();

    public static DiagnosticId[] Ids(ApiDocument document) => ReadingFixtures.Ids(document);
}
