using System;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Contracts.Aot;

/// <summary>
/// The seed page embedded in the binary, so the native program needs no file beside it. Shared with
/// Contracts.AotBaseline, so both programs read their input the same way.
/// </summary>
internal static class SeedPage
{
    public const string ResourceName = "replicate-create-prediction.apifox.txt";

    /// <summary>The JSON block after a heading line of the page (请求体 = request body, 响应示例 = response examples).</summary>
    public static JsonElement Block(string heading)
    {
        var text = Read().Replace("\r\n", "\n");
        var marker = "\n" + heading + "\n";
        var start = text.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0) throw new InvalidDataException($"The seed page has no '{heading}' heading.");
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text.Substring(start + marker.Length).TrimStart()));
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>The request body's example.</summary>
    public static string RequestExample() => Block("请求体").GetProperty("examples")[0].GetProperty("value").GetString()!;

    /// <summary>A response example by name.</summary>
    public static string ResponseExample(string name)
    {
        foreach (var example in Block("响应示例").EnumerateArray())
        {
            if (example.GetProperty("name").GetString() == name) return example.GetProperty("data").GetString()!;
        }
        throw new InvalidDataException($"The seed page has no response example '{name}'.");
    }

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"{ResourceName} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
