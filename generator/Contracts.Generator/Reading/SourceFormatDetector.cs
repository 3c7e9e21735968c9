using Contracts.Generator.Model;

namespace Contracts.Generator.Reading;

/// <summary>Recognises a file's format by content, cheaply: only the first lines or kilobytes are looked at, and no file is parsed in full.</summary>
internal static class SourceFormatDetector
{
    private const int LinesToScan = 40;

    public static SourceFormat Detect(string text)
    {
        if (Markdown.WiddershinsSniffer.IsWiddershins(text)) return SourceFormat.ApifoxMarkdown;
        bool method = false, path = false;
        var start = 0;
        for (var line = 0; line < LinesToScan && start <= text.Length; line++)
        {
            var end = start;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r') end++;
            method |= PageLines.TryReadMethod(text, start, end, out _);
            path |= PageLines.TryReadPath(text, start, end, out _);
            if (method && path) return SourceFormat.ApifoxPage;
            if (end >= text.Length) break;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        if (OpenApi.OpenApiSniffer.IsOpenApi(text)) return SourceFormat.OpenApi;
        if (OpenApi.OpenApiSniffer.IsJsonSwagger(text) || OpenApi.OpenApiSniffer.IsYamlSwagger(text)) return SourceFormat.Swagger;
        return Apifox.ApifoxJsonSniffer.Detect(text);
    }
}
