using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;
using Contracts.Generator.Reading.OpenApi;
using Column = Contracts.Generator.Reading.Markdown.WiddershinsWords.Column;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>
/// Reads Apifox's Markdown export (widdershins front matter, "# folder", "## METHOD title", "METHOD /path", 请求参数 /
/// 返回结果 / 返回数据结构 tables, "> Body 请求参数" and "> 返回示例" blocks, "# 数据模型"), in its Chinese or English
/// template. Tables become JSON schema nodes read by the shared schema reading, so prose limits, references and
/// examples work as for JSON; every finding points at its Markdown line. Never throws except on cancellation.
/// </summary>
internal sealed class WiddershinsReader
{
    private const string InlineModel = "Inline";

    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, string> _keyByAnchor = new(StringComparer.Ordinal);
    private readonly SchemaRegistry _registry;
    private readonly SchemaConverter _schemas;

    private WiddershinsReader(string filePath)
    {
        _filePath = filePath;
        _registry = new SchemaRegistry(reference => reference.Length > 1 && reference[0] == '#' && _keyByAnchor.TryGetValue(reference.Substring(1).ToLowerInvariant(), out var key) ? key : null);
        _schemas = new SchemaConverter(filePath, _diagnostics, _registry);
        _registry.Attach(_schemas);
    }

    public static ApiDocument Read(string filePath, string text, CancellationToken cancellationToken)
    {
        var reader = new WiddershinsReader(filePath);
        var start = (WiddershinsSniffer.FrontMatterEnd(text) ?? -1) + 1;
        var layout = WiddershinsLayout.Of(MarkdownBlockReader.Read(text, start));
        cancellationToken.ThrowIfCancellationRequested();
        return reader.Build(layout, cancellationToken);
    }

    private ApiDocument Build(WiddershinsLayout layout, CancellationToken cancellationToken)
    {
        foreach (var schema in layout.Schemas) RegisterSchema(schema);
        var operations = new List<Operation>();
        foreach (var draft in layout.Operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadOperation(draft) is { } operation) operations.Add(operation);
        }
        var named = _registry.ToNamedSchemas();
        return new ApiDocument(_filePath, SourceFormat.ApifoxMarkdown, layout.Title, operations.ToEquatableArray(), _diagnostics.ToEquatableArray()) { Schemas = named };
    }

    /// <summary>A data model under its first "schema…" anchor (what links use); its other anchors lead to it too.</summary>
    private void RegisterSchema(SchemaDraft draft)
    {
        var anchors = draft.Anchors.Count > 0 ? draft.Anchors : new List<string> { "schema" + draft.Name };
        var key = anchors.Find(a => a.StartsWith("schema", StringComparison.OrdinalIgnoreCase)) ?? anchors[0];
        key = key.ToLowerInvariant();
        if (_registry.Contains(key)) return;
        foreach (var anchor in anchors) _keyByAnchor[anchor.ToLowerInvariant()] = key;
        _keyByAnchor[key] = key;
        JsonNode node;
        if (draft.Table?.Table is { } table) node = new TableSchemaBuilder(table, _filePath, _diagnostics).Build(table.Rows, draft.Table.Span, draft.Enums);
        else if (draft.ExampleFence is { } fence && ParseFence(fence, "data model " + draft.Name) is { } example) node = ExampleSchemaInference.Infer(example);
        else node = SyntheticJson.Object(new List<JsonMember>(), draft.Heading.Span);
        _registry.Register(key, draft.Name, node, "");
    }

    private Operation? ReadOperation(OperationDraft draft)
    {
        if (draft.Path is null)
        {
            Report(DiagnosticId.MissingPart, draft.Heading.Span, "\"" + draft.Method + " /path\" line under '## " + draft.Method + " " + draft.Summary + "'");
            return null;
        }
        var parameters = new List<Parameter>();
        var bodyRows = new List<MarkdownTableRow>();
        TableSchemaBuilder? parameterTable = null;
        if (draft.Parameters is { } table)
        {
            parameterTable = new TableSchemaBuilder(table, _filePath, _diagnostics);
            draft.Enums.TryGetValue(table, out var enums);
            ReadParameters(parameterTable, table, enums, parameters, bodyRows);
        }
        var body = ReadBody(draft, parameterTable, bodyRows);
        var responses = ReadResponses(draft);
        var description = draft.Description.Count == 0 ? null : string.Join("\n\n", draft.Description);
        return new Operation(
            draft.Method,
            draft.Path,
            null,
            draft.Summary.Length == 0 ? null : draft.Summary,
            description,
            draft.Folder,
            parameters.ToEquatableArray(),
            body,
            responses.ToEquatableArray(),
            draft.Heading.Span);
    }

    private void ReadParameters(TableSchemaBuilder builder, MarkdownTable table, Dictionary<string, List<MarkdownCell>>? enums, List<Parameter> parameters, List<MarkdownTableRow> bodyRows)
    {
        foreach (var row in table.Rows)
        {
            var where = (builder.Cell(row, Column.In)?.Text ?? "").Trim();
            var name = builder.NameOf(row);
            if (where.Equals("body", StringComparison.OrdinalIgnoreCase) || where.Equals("formData", StringComparison.OrdinalIgnoreCase) || (builder.Cell(row, Column.Name)?.Text ?? "").StartsWith("\u00BB", StringComparison.Ordinal))
            {
                bodyRows.Add(row);
                continue;
            }
            if (name.Length == 0) continue;
            if (!OpenApiOperationReader.TryLocation(where.ToLowerInvariant(), out var location))
            {
                Report(DiagnosticId.MarkdownPartSkipped, builder.Cell(row, Column.In)?.Span ?? row.Span, "parameter '" + name + "'", "its location '" + where + "' is not path, query, header, cookie or body");
                continue;
            }
            if (location == ParameterLocation.Header && ReservedHeaders.Contains(name)) continue;
            var required = location == ParameterLocation.Path || (builder.Cell(row, Column.Required) is { } flag && WiddershinsWords.IsYes(flag.Text));
            var schema = _schemas.Convert(builder.Single(row, name, enums));
            var description = builder.Cell(row, Column.Description) is { } cell ? WiddershinsWords.Text(cell.Text) : null;
            parameters.Add(new Parameter(name, location, required, schema, description, null, row.Span));
        }
    }

    /// <summary>
    /// The body from the "body" rows of the parameter table and the "> Body 请求参数" block: the rows give the schema (a
    /// lone "body" row typed object gives none, and the JSON block's shape is used); a JSON block is the example, a YAML
    /// block means a form.
    /// </summary>
    private RequestBody? ReadBody(OperationDraft draft, TableSchemaBuilder? builder, List<MarkdownTableRow> rows)
    {
        var fence = draft.BodyFence;
        if (rows.Count == 0 && fence is null) return null;
        var span = rows.Count > 0 ? rows[0].Span : fence!.Span;
        var isYaml = fence is not null && (fence.Info.StartsWith("yaml", StringComparison.OrdinalIgnoreCase) || fence.Info.StartsWith("yml", StringComparison.OrdinalIgnoreCase));
        var example = fence is not null && !isYaml ? ParseFence(fence, "request body example") : null;

        JsonNode? schemaNode = null;
        var required = false;
        var anyFile = false;
        if (rows.Count > 0 && builder is not null)
        {
            foreach (var row in rows)
            {
                var type = builder.Cell(row, Column.Type)?.Text ?? "";
                anyFile |= type.IndexOf("binary", StringComparison.OrdinalIgnoreCase) >= 0 || type.Trim() == "file";
                if (builder.NameOf(row) == "body" && builder.Cell(row, Column.Required) is { } flag) required = WiddershinsWords.IsYes(flag.Text);
            }
            var describesMembers = rows.Count > 1 || builder.Cell(rows[0], Column.Type)?.Text.Trim() != "object";
            if (describesMembers || example is null) schemaNode = builder.Build(rows, span);
        }
        if (schemaNode is null && example is not null) schemaNode = ExampleSchemaInference.Infer(example);

        var schema = schemaNode is null ? null : _schemas.Convert(schemaNode);
        var mediaType = isYaml || anyFile
            ? (anyFile ? ApifoxMediaTypes.MultipartForm : ApifoxMediaTypes.UrlEncodedForm)
            : ApifoxMediaTypes.Json;
        var examples = new List<Example>();
        if (example is not null && fence is not null) AddExample(examples, OpenApiExamples.DefaultName, fence, schema);
        return new RequestBody(mediaType, schema, required, examples.ToEquatableArray(), span);
    }

    private List<Response> ReadResponses(OperationDraft draft)
    {
        var responses = new List<Response>();
        if (draft.Responses is not { } table) return responses;
        var builder = new TableSchemaBuilder(table, _filePath, _diagnostics);
        var descriptions = new List<string?>();
        foreach (var row in table.Rows)
        {
            var statusCell = builder.Cell(row, Column.Status);
            if (statusCell is null || !int.TryParse(statusCell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status < 100 || status > 599)
            {
                Report(DiagnosticId.MarkdownPartSkipped, statusCell?.Span ?? row.Span, "response row", "'" + (statusCell?.Text ?? "") + "' is not a status code");
                continue;
            }
            var description = builder.Cell(row, Column.Description) is { } cell ? WiddershinsWords.Text(cell.Text) : null;
            var schema = ResponseSchema(draft, builder.Cell(row, Column.Schema), status, table.Rows.Count == 1);
            responses.Add(new Response(status, null, description, schema is null ? "" : ApifoxMediaTypes.Json, schema, EquatableArray<Example>.Empty, row.Span));
            descriptions.Add(description);
        }
        AttachExamples(draft, responses, descriptions);
        return responses;
    }

    /// <summary>A data model link, or the "返回数据结构" table of that status ("Inline"); null when neither says anything.</summary>
    private Schema? ResponseSchema(OperationDraft draft, MarkdownCell? model, int status, bool onlyResponse)
    {
        if (model is not null && CellType.TryLink(model.Text, out _))
        {
            return _schemas.Convert(CellType.Parse(model.Text).ToNode(model.Span, new List<JsonMember>()));
        }
        if (!draft.Structures.TryGetValue(status, out var block) && !(onlyResponse && draft.Structures.TryGetValue(-1, out block))) return null;
        var table = block.Table!;
        if (table.Rows.Count == 0) return null;
        draft.Enums.TryGetValue(table, out var enums);
        return _schemas.Convert(new TableSchemaBuilder(table, _filePath, _diagnostics).Build(table.Rows, block.Span, enums));
    }

    /// <summary>
    /// Each example block goes to the response its label names: "200 Response" by status, otherwise the response whose
    /// description is the label ("> 成功"), else the first response. Examples are checked against that response.
    /// </summary>
    private void AttachExamples(OperationDraft draft, List<Response> responses, List<string?> descriptions)
    {
        if (responses.Count == 0) return;
        var byResponse = new List<Example>[responses.Count];
        foreach (var (label, fence) in draft.Examples)
        {
            var at = 0;
            if (label is not null && WiddershinsWords.TryReadResponseQuote(label, out var status)) at = Math.Max(0, responses.FindIndex(r => r.StatusCode == status));
            else if (label is not null) at = Math.Max(0, descriptions.IndexOf(label));
            var list = byResponse[at] ??= new List<Example>();
            var name = label ?? OpenApiExamples.DefaultName;
            if (list.Count > 0) name += " " + (list.Count + 1).ToString(CultureInfo.InvariantCulture);
            if (IsJsonFence(fence)) AddExample(list, name, fence, responses[at].Schema);
        }
        for (var i = 0; i < responses.Count; i++)
        {
            if (byResponse[i] is not { Count: > 0 } examples) continue;
            var response = responses[i];
            responses[i] = response with
            {
                Examples = examples.ToEquatableArray(),
                MediaType = response.MediaType.Length == 0 ? ApifoxMediaTypes.Json : response.MediaType,
            };
        }
    }

    private static bool IsJsonFence(MarkdownBlock fence) => fence.Info.Length == 0 || fence.Info.StartsWith("json", StringComparison.OrdinalIgnoreCase);

    private void AddExample(List<Example> examples, string name, MarkdownBlock fence, Schema? schema)
    {
        // Apifox sometimes exports an example as JSON text inside a string; as in JSON files, that text is the example.
        var text = LocatedJsonParser.Parse(fence.Text).Root is JsonStringNode inner ? OpenApiOperationReader.ExampleText(inner, schema) : fence.Text;
        var example = new Example(name, text, new SourceSpan(fence.Line, 0, fence.Line, 0));
        ExampleChecker.Check(example, schema, _filePath, _diagnostics, _registry.GetSchema);
        examples.Add(example);
    }

    /// <summary>The fence's JSON with positions in the Markdown file; null (reported) when it is not JSON.</summary>
    private JsonNode? ParseFence(MarkdownBlock fence, string what)
    {
        if (fence.Text.Trim().Length == 0) return null;
        var parsed = LocatedJsonParser.Parse(fence.Text, fence.Line, 0);
        if (parsed.Root is { } root) return root;
        var error = parsed.Error!;
        if (error.IsTooDeep) Report(DiagnosticId.NestingTooDeep, error.Span, what, LocatedJsonParser.MaxDepth.ToString(CultureInfo.InvariantCulture));
        // An example typed by hand is not worth failing the build over: a warning, as for examples in JSON files.
        else Report(DiagnosticId.ExampleNotJson, error.Span, what, error.Message);
        return null;
    }

    private void Report(DiagnosticId id, SourceSpan span, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, _filePath, span, arguments));
}
