using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Apifox;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading;

/// <summary>
/// Reads an Apifox documentation page (title, "MethodPOST", "Path/…", then 参数 / 请求体 / 响应 / 响应示例 each followed
/// by one JSON value). A broken block is reported and skipped; the rest is still read. Never throws except on cancellation.
/// </summary>
internal sealed class ApifoxPageReader
{
    private readonly string _filePath;
    private readonly string _text;
    private readonly TextLines _lines;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly ApifoxApiReader _api;
    private readonly Dictionary<PageSection, ApifoxSection> _blocks = new();

    private ApifoxPageReader(string filePath, string text)
    {
        _filePath = filePath;
        _text = text;
        _lines = new TextLines(text);
        _api = new ApifoxApiReader(filePath, _diagnostics, new SchemaConverter(filePath, _diagnostics));
    }

    public static ApiDocument Read(string filePath, string text, CancellationToken cancellationToken)
        => new ApifoxPageReader(filePath, text).Read(cancellationToken);

    private ApiDocument Read(CancellationToken cancellationToken)
    {
        string? title = null, method = null, path = null;
        var operationSpan = SourceSpan.None;
        var line = 0;
        while (line < _lines.Count)
        {
            int start = _lines.Start(line), end = _lines.End(line);
            PageLines.Trim(_text, ref start, ref end);
            if (start == end)
            {
                line++;
                continue;
            }
            title ??= _text.Substring(start, end - start);
            if (method is null && PageLines.TryReadMethod(_text, start, end, out var verb))
            {
                method = verb;
            }
            else if (path is null && PageLines.TryReadPath(_text, start, end, out var route))
            {
                path = route;
                operationSpan = new SourceSpan(line, start - _lines.Start(line), line, end - _lines.Start(line));
            }
            else if (PageLines.TryReadHeading(_text, start, end, out var section))
            {
                cancellationToken.ThrowIfCancellationRequested();
                line = ReadBlock(line, section, _text.Substring(start, end - start));
                continue;
            }
            line++;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var parts = _api.Read(Block(PageSection.Parameters), Block(PageSection.RequestBody), Block(PageSection.Responses), Block(PageSection.ResponseExamples));

        var operations = EquatableArray<Operation>.Empty;
        if (method is null) Report(DiagnosticId.MissingPart, SourceSpan.None, "Method line (e.g. MethodPOST)");
        if (path is null) Report(DiagnosticId.MissingPart, SourceSpan.None, "Path line (e.g. Path/v1/things)");
        if (method is not null && path is not null)
        {
            var operation = new Operation(method, path, null, title, null, EquatableArray<string>.Empty,
                parts.Parameters, parts.RequestBody, parts.Responses, operationSpan);
            operations = new EquatableArray<Operation>(new[] { operation });
        }
        return new ApiDocument(_filePath, SourceFormat.ApifoxPage, title ?? "", operations, new EquatableArray<DiagnosticInfo>(_diagnostics.ToArray()));
    }

    /// <summary>Parses the JSON value after a heading; returns the line to continue scanning from.</summary>
    private int ReadBlock(int headingLine, PageSection section, string heading)
    {
        var at = _lines.End(headingLine);
        while (at < _text.Length && PageLines.IsBlank(_text[at])) at++;
        // A heading word in free text, not followed by JSON, is just text.
        if (at >= _text.Length || (_text[at] != '{' && _text[at] != '[')) return headingLine + 1;

        var firstLine = _lines.LineOf(at);
        // Parse the block alone when its end is plain to see; otherwise the rest of the file (the parser stops after the value).
        var end = JsonExtent.End(_text, at);
        var blockText = end > 0 ? _text.Substring(at, end - at) : _text.Substring(at);
        var result = LocatedJsonParser.Parse(blockText, firstLine, at - _lines.Start(firstLine), allowTrailingContent: true);
        if (result.Root is not { } root)
        {
            var error = result.Error!;
            if (error.IsTooDeep) Report(DiagnosticId.NestingTooDeep, error.Span, heading + " block", LocatedJsonParser.MaxDepth.ToString(CultureInfo.InvariantCulture));
            else Report(DiagnosticId.MalformedJson, error.Span, heading + " block", error.Message);
            return headingLine + 1;
        }
        DuplicateKeys.Report(result, _filePath, _diagnostics);
        // The first block of a kind wins; the page has one of each.
        if (!_blocks.ContainsKey(section)) _blocks.Add(section, new ApifoxSection(heading, root, blockText));
        return _lines.LineOf(at + Math.Max(result.ConsumedLength - 1, 0)) + 1;
    }

    private ApifoxSection? Block(PageSection section) => _blocks.TryGetValue(section, out var block) ? block : null;

    private void Report(DiagnosticId id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _filePath, span, arguments));
}
