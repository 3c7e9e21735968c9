using System.Linq;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;

namespace Contracts.Tests.Reading.Apifox;

/// <summary>Small hand-written Apifox exports, built from pieces so each test shows only what it is about.</summary>
internal static class ApifoxFixtures
{
    public const string ProjectPath = "fixtures/project.apifox.json";

    /// <summary>Reads through the generator's entry point, so detection is exercised too.</summary>
    public static ApiDocument Read(string text, string filePath = ProjectPath) => ApiDocumentReader.Read(filePath, text, default)!;

    /// <summary>A project export; schemaCollection comes after apiCollection, as some exports order it.</summary>
    public static string Project(string apiCollection, string schemaCollection = "[]")
        => "{\n  \"apifoxProject\": \"1.0.0\",\n  \"info\": {\"name\": \"Fixture\"},\n  \"apiCollection\": " + apiCollection
           + ",\n  \"schemaCollection\": " + schemaCollection + "\n}";

    /// <summary>The root folder ("根目录") holding the given items.</summary>
    public static string Root(params string[] items) => "[{\"name\": \"根目录\", \"parentId\": 0, \"items\": [\n" + string.Join(",\n", items) + "\n]}]";

    public static string Folder(string name, params string[] items) => "{\"name\": \"" + name + "\", \"items\": [\n" + string.Join(",\n", items) + "\n]}";

    /// <summary>An endpoint item; <paramref name="members"/> are extra members of its api object (each starting with a comma).</summary>
    public static string Endpoint(string name, string method, string path, string members = "")
        => "{\"name\": \"" + name + "\", \"api\": {\"id\": \"1\", \"method\": \"" + method + "\", \"path\": \"" + path + "\"" + members + "}}";

    public static string[] Brief(ApiDocument document) => document.Diagnostics.Select(d => d.Id + "|" + string.Join("|", d.Arguments)).ToArray();
}
