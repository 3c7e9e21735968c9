using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Contracts.Benchmarks.Infrastructure;

/// <summary>The seed page (embedded, so every benchmark process has it) and the JSON blocks under its headings.</summary>
public static class SeedPage
{
    public const string FileName = "replicate-create-prediction.apifox.txt";

    public static string Text { get; } = ReadEmbedded();

    /// <summary>The request example exactly as the page gives it (it sends <c>version</c>, which the schema does not declare).</summary>
    public static string RequestExample => Block("请求体").GetProperty("examples")[0].GetProperty("value").GetString()!;

    /// <summary>The response example that matches the schema.</summary>
    public static string ResponseExample => Block("响应示例").EnumerateArray()
        .Single(example => example.GetProperty("name").GetString() == "成功示例").GetProperty("data").GetString()!;

    /// <summary>The JSON block that follows a heading line such as 请求体 (request body).</summary>
    public static JsonElement Block(string heading)
    {
        var text = Text.Replace("\r\n", "\n");
        var marker = "\n" + heading + "\n";
        var start = text.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"The seed page has no '{heading}' heading.");
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text.Substring(start + marker.Length).TrimStart()));
        return JsonElement.ParseValue(ref reader);
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(SeedPage).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException($"{FileName} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
