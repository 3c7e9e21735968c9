using System;
using System.IO;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;

namespace Contracts.Tests.Reading;

/// <summary>The seed page and small synthetic pages for reader tests.</summary>
internal static class ReadingFixtures
{
    public const string SeedPath = "schemas/replicate-create-prediction.apifox.txt";

    public static string SeedText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "replicate-create-prediction.apifox.txt"));

    public static ApiDocument ReadPage(string text) => ApifoxPageReader.Read("page.apifox.txt", text, default);

    /// <summary>A minimal page: title, overview, then the given sections (heading, JSON) in order.</summary>
    public static string Page(params (string Heading, string Json)[] sections)
        => "Title\n\nMethodPOST\nPath/v1/things\n\n" + string.Concat(sections.Select(s => s.Heading + "\n\n" + s.Json + "\n\n"));

    /// <summary>A page whose request body schema is the given JSON.</summary>
    public static string BodyPage(string jsonSchema)
        => Page(("请求体", "{\"type\":\"application/json\",\"jsonSchema\":" + jsonSchema + "}"));

    public static Schema BodySchema(ApiDocument document) => document.Operations[0].RequestBody!.Schema!;

    public static Property Member(Schema schema, string name) => schema.Properties.Single(p => p.JsonName == name);

    /// <summary>"CTR2001@165:19" (one-based, as an editor shows it) for compact assertions.</summary>
    public static string Brief(DiagnosticInfo diagnostic) => diagnostic.Id + "@" + diagnostic.Span;

    public static DiagnosticId[] Ids(ApiDocument document) => document.Diagnostics.Select(d => d.Id).ToArray();
}
