using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading;

/// <summary>How a schema file came to be read: by a default pattern, listed in the build, or named on the command line.</summary>
internal enum FileOrigin
{
    /// <summary>A default glob (*.apifox.*, *.openapi.*) or a folder walk: a file of another kind stays silent.</summary>
    Pattern,
    /// <summary>An AdditionalFiles item the project lists itself: reported unless it is plainly another tool's file.</summary>
    Listed,
    /// <summary>Named on the command line, or an item with Contracts metadata: always reported.</summary>
    Argument,
}

/// <summary>
/// Says what a file no reader recognised looks like (CTR1009), so a file someone named does not generate nothing in
/// silence. A listed file that looks like nothing API-related and whose name does not say so (stylecop.json,
/// BannedSymbols.txt: AdditionalFiles of other analyzers) stays silent.
/// </summary>
internal static class UnrecognisedFile
{
    public const string FormatsRead = "Apifox doc pages, Apifox project exports, Apifox endpoint arrays, Apifox Markdown exports, OpenAPI 3 and Swagger 2.0 as JSON or YAML";

    private const int CharsToScan = 16 * 1024;

    private static readonly string[] ApiMembers =
    {
        "openapi", "swagger", "paths", "info", "components", "definitions", "servers", "host", "basePath",
        "apifoxProject", "apiCollection", "schemaCollection",
    };

    private static readonly string[] ApiWords = { "apifox", "apidog", "openapi", "swagger", "api-docs", "apidocs" };

    private static readonly string[] Methods = { "GET ", "POST ", "PUT ", "PATCH ", "DELETE ", "HEAD ", "OPTIONS " };

    /// <summary>The CTR1009 finding, or null when the file should stay silent.</summary>
    public static DiagnosticInfo? Report(string filePath, string text, FileOrigin origin)
    {
        if (origin == FileOrigin.Pattern) return null;
        var look = Describe(text, out var apiLike);
        // A YAML file says more about itself parsed: its top-level keys, or the line where it does not parse.
        if (look.StartsWith("YAML", System.StringComparison.Ordinal) && Yaml.YamlShape.Describe(filePath, text) is { } shape) look = shape;
        if (origin == FileOrigin.Listed && !apiLike && !NameSaysApi(filePath)) return null;
        return DiagnosticInfo.Create(DiagnosticId.UnrecognisedFile, filePath, new SourceSpan(0, 0, 0, 0), FileName(filePath), look, FormatsRead);
    }

    /// <summary>"an empty file", "JSON with top-level members a, b", "YAML", "Markdown without…": what the text looks like.</summary>
    internal static string Describe(string text, out bool apiLike)
    {
        apiLike = true;
        var scanned = text.Length > CharsToScan ? text.Substring(0, CharsToScan) : text;
        var content = scanned.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (content.Length == 0) return "an empty file";
        if (scanned.IndexOf('\0') >= 0) return "a binary file";
        if (content[0] == '{' || content[0] == '[') return DescribeJson(scanned, content[0] == '[', out apiLike);
        if (LooksLikeMarkdown(content)) return DescribeMarkdown(content, out apiLike);
        if (LooksLikeYaml(content, out var apiKey))
        {
            apiLike = apiKey is not null;
            return apiKey is null ? "YAML" : "YAML with a top-level '" + apiKey + "' key (YAML is read as OpenAPI 3 or Swagger 2.0)";
        }
        apiLike = false;
        var firstLine = content.Split('\n')[0].Trim();
        return "text of another kind (first line: \"" + (firstLine.Length > 40 ? firstLine.Substring(0, 40) + "…" : firstLine) + "\")";
    }

    private static string DescribeJson(string text, bool isArray, out bool apiLike)
    {
        var names = RootMemberNames(text.TrimStart('\uFEFF'), isArray, out var broken);
        apiLike = isArray ? names.Contains("method") || names.Contains("path") : names.Exists(n => Array.IndexOf(ApiMembers, n) >= 0);
        var folderTree = isArray
            ? names.Contains("key") && (names.Contains("children") || names.Contains("folder"))
            : names.Exists(n => n.StartsWith("apiDetailFolder.", StringComparison.Ordinal) || n.StartsWith("apiDetail.", StringComparison.Ordinal));
        if (folderTree)
        {
            return "an Apifox folder tree (apiDetailFolder keys), which describes no operation: list the endpoint details or a project export";
        }
        var what = isArray ? "a JSON array" + (names.Count > 0 ? " whose first item has members " + List(names) : "") : "JSON with top-level members " + (names.Count > 0 ? List(names) : "(none)");
        if (!isArray && names.Contains("swagger")) what += " and a \"swagger\" version other than \"2…\"";
        else if (!isArray && names.Contains("openapi")) what += " and an \"openapi\" version other than \"3…\"";
        else if (!isArray && names.Contains("paths")) what += ", but no \"openapi\" or \"swagger\" version";
        return broken ? what + " (broken JSON)" : what;
    }

    private static string DescribeMarkdown(string content, out bool apiLike)
    {
        apiLike = false;
        foreach (var line in content.Split('\n'))
        {
            var trimmed = line.Trim().TrimStart('#').Trim();
            foreach (var method in Methods)
            {
                if (trimmed.StartsWith(method, StringComparison.Ordinal)) apiLike = true;
            }
        }
        return apiLike
            ? "Markdown with HTTP operations but without the front matter of an Apifox export (---, then generator: \"@tarslib/widdershins …\", then ---)"
            : "Markdown without the front matter of an Apifox export";
    }

    private static bool LooksLikeMarkdown(string content)
        => content[0] == '#' || content.StartsWith("---", StringComparison.Ordinal) && content.IndexOf("\n#", StringComparison.Ordinal) >= 0 || content.IndexOf("\n## ", StringComparison.Ordinal) >= 0;

    private static bool LooksLikeYaml(string content, out string? apiKey)
    {
        apiKey = null;
        var any = false;
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal) || line == "---") continue;
            var colon = line.IndexOf(':');
            if (colon <= 0 || (colon + 1 < line.Length && line[colon + 1] != ' ')) return any;
            if (line[0] != ' ' && line[0] != '-')
            {
                any = true;
                var key = line.Substring(0, colon).Trim('"', '\'');
                if (apiKey is null && Array.IndexOf(ApiMembers, key) >= 0) apiKey = key;
            }
        }
        return any;
    }

    private static List<string> RootMemberNames(string text, bool isArray, out bool broken)
    {
        broken = false;
        var names = new List<string>();
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, isFinalBlock: text.Length <= CharsToScan, new JsonReaderState(new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        }));
        var depth = isArray ? 2 : 1;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth && names.Count < 8) names.Add(reader.GetString() ?? "");
                else if (reader.CurrentDepth == depth - 1 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) break;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            broken = text.Length <= CharsToScan;
        }
        return names;
    }

    private static string List(List<string> names)
    {
        var quoted = new List<string>();
        foreach (var name in names) quoted.Add("\"" + name + "\"");
        return string.Join(", ", quoted);
    }

    private static bool NameSaysApi(string filePath)
    {
        var name = FileName(filePath).ToLowerInvariant();
        foreach (var word in ApiWords)
        {
            if (name.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    // Paths on any OS: AdditionalFiles paths from Windows use '\'.
    private static string FileName(string filePath) => filePath.Substring(Math.Max(filePath.LastIndexOf('/'), filePath.LastIndexOf('\\')) + 1);
}
