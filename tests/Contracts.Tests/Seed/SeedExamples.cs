using System.IO;
using System.Linq;
using System.Text.Json;

namespace Contracts.Tests.Seed;

/// <summary>The seed page's own examples, read from the file in schemas/ so the tests follow the schema.</summary>
internal static class SeedExamples
{
    public static string SeedPath => Path.Combine(System.AppContext.BaseDirectory, "schemas", "replicate-create-prediction.apifox.txt");

    public static string SeedText => File.ReadAllText(SeedPath);

    /// <summary>The request example's JSON (the value string in the 请求体 block).</summary>
    public static string RequestExample => Block("请求体").GetProperty("examples")[0].GetProperty("value").GetString()!;

    /// <summary>A response example's JSON by name.</summary>
    public static string ResponseExample(string name)
        => Block("响应示例").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("data").GetString()!;

    /// <summary>The JSON block after a section heading of the seed page (参数, 请求体, 响应, 响应示例).</summary>
    public static JsonElement Block(string heading)
    {
        var text = SeedText.Replace("\r\n", "\n");
        var start = text.IndexOf("\n" + heading + "\n", System.StringComparison.Ordinal) + heading.Length + 2;
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text.Substring(start).TrimStart()));
        return JsonElement.ParseValue(ref reader);
    }
}
