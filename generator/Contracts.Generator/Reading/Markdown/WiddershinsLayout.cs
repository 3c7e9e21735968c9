using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Contracts.Generator.Helpers;
using Contracts.Generator.Reading.Apifox;
using Column = Contracts.Generator.Reading.Markdown.WiddershinsWords.Column;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>
/// Sorts the export's blocks by what they are: the title, folders ("# …"), operations ("## GET …" with their
/// parameter, response and example blocks) and data models ("# 数据模型"). Reading them into the model comes after,
/// once every data model is known.
/// </summary>
internal sealed class WiddershinsLayout
{
    private static readonly Regex SchemaHeading = new("^<h2 id=\"tocS_[^\"]*\">(?<name>.*)</h2>$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex Anchor = new("^<a id=\"(?<id>[^\"]+)\"></a>$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private enum Mode
    {
        None,
        Description,
        Body,
        Parameters,
        Examples,
        Responses,
        Structure,
        Properties,
        Enum,
    }

    public string Title { get; private set; } = "";
    public List<OperationDraft> Operations { get; } = new();
    public List<SchemaDraft> Schemas { get; } = new();

    public static WiddershinsLayout Of(List<MarkdownBlock> blocks)
    {
        var layout = new WiddershinsLayout();
        layout.Sort(blocks);
        return layout;
    }

    private void Sort(List<MarkdownBlock> blocks)
    {
        var titled = false;
        var inSchemas = false;
        var folder = EquatableArray<string>.Empty;
        OperationDraft? operation = null;
        SchemaDraft? schema = null;
        var mode = Mode.None;
        string? exampleLabel = null;
        var structureStatus = -1;
        MarkdownTable? lastTable = null;

        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case MarkdownBlockKind.Heading when block.Level == 1:
                    operation = null;
                    schema = null;
                    mode = Mode.None;
                    if (!titled)
                    {
                        titled = true;
                        Title = block.Text;
                        folder = EquatableArray<string>.Empty;
                    }
                    else if (WiddershinsWords.IsSchemas(block.Text))
                    {
                        inSchemas = true;
                    }
                    else
                    {
                        inSchemas = false;
                        folder = WiddershinsWords.IsAuthentication(block.Text) ? EquatableArray<string>.Empty : new EquatableArray<string>(new[] { block.Text });
                    }
                    break;
                case MarkdownBlockKind.Heading when block.Level == 2:
                    schema = null;
                    operation = null;
                    mode = Mode.None;
                    if (inSchemas)
                    {
                        schema = new SchemaDraft(block.Text, block);
                        Schemas.Add(schema);
                    }
                    else if (TrySplitMethod(block.Text, out var method, out var summary))
                    {
                        operation = new OperationDraft(method, summary, folder, block);
                        Operations.Add(operation);
                        mode = Mode.Description;
                    }
                    break;
                case MarkdownBlockKind.Heading when block.Level == 3:
                    mode = schema is not null && WiddershinsWords.IsProperties(block.Text) ? Mode.Properties
                        : operation is null ? Mode.None
                        : WiddershinsWords.IsParameters(block.Text) ? Mode.Parameters
                        : WiddershinsWords.IsResponses(block.Text) ? Mode.Responses
                        : WiddershinsWords.IsResponseStructure(block.Text) ? Mode.Structure
                        : Mode.None;
                    structureStatus = -1;
                    break;
                case MarkdownBlockKind.Heading:
                    mode = WiddershinsWords.IsEnumValues(block.Text) && lastTable is not null ? Mode.Enum : Mode.None;
                    break;
                case MarkdownBlockKind.Html:
                    if (!inSchemas) break;
                    var heading = SchemaHeading.Match(block.Text);
                    if (heading.Success)
                    {
                        schema = new SchemaDraft(System.Net.WebUtility.HtmlDecode(heading.Groups["name"].Value).Trim(), block);
                        Schemas.Add(schema);
                        mode = Mode.None;
                    }
                    else if (schema is not null && Anchor.Match(block.Text) is { Success: true } anchor)
                    {
                        schema.Anchors.Add(anchor.Groups["id"].Value);
                    }
                    break;
                case MarkdownBlockKind.Paragraph:
                    if (operation is not null && mode == Mode.Description)
                    {
                        if (operation.Path is null && TryReadPathLine(block.Text, operation.Method, out var path, out var rest))
                        {
                            operation.Path = path;
                            if (rest.Length > 0) operation.Description.Add(rest);
                        }
                        else if (operation.Path is not null)
                        {
                            operation.Description.Add(block.Text);
                        }
                    }
                    else if (mode == Mode.Structure && WiddershinsWords.TryReadStatusLine(block.Text, out var status))
                    {
                        structureStatus = status;
                    }
                    break;
                case MarkdownBlockKind.Quote:
                    if (operation is null) break;
                    if (WiddershinsWords.IsBodyQuote(block.Text)) mode = Mode.Body;
                    else if (WiddershinsWords.IsExamplesQuote(block.Text))
                    {
                        mode = Mode.Examples;
                        exampleLabel = null;
                    }
                    else if (mode == Mode.Examples) exampleLabel = block.Text;
                    break;
                case MarkdownBlockKind.Fence:
                    if (operation is not null && mode == Mode.Body) operation.BodyFence ??= block;
                    else if (operation is not null && mode == Mode.Examples) operation.Examples.Add((exampleLabel, block));
                    else if (schema is not null && schema.Table is null) schema.ExampleFence ??= block;
                    break;
                case MarkdownBlockKind.Table:
                    var table = block.Table!;
                    if (mode == Mode.Enum && lastTable is not null)
                    {
                        var values = EnumValues(table);
                        if (operation is not null) operation.Enums[lastTable] = values;
                        else if (schema is not null) schema.Enums = values;
                        break;
                    }
                    lastTable = table;
                    if (operation is not null)
                    {
                        if (mode == Mode.Parameters) operation.Parameters ??= table;
                        else if (mode == Mode.Responses) operation.Responses ??= table;
                        else if (mode == Mode.Structure && !operation.Structures.ContainsKey(structureStatus)) operation.Structures.Add(structureStatus, block);
                    }
                    else if (schema is not null && mode == Mode.Properties)
                    {
                        schema.Table ??= block;
                    }
                    break;
            }
        }
    }

    /// <summary>"GET 获取列表" → GET and its title (the title may be empty).</summary>
    private static bool TrySplitMethod(string heading, out string method, out string summary)
    {
        var space = heading.IndexOf(' ');
        var word = space < 0 ? heading : heading.Substring(0, space);
        summary = space < 0 ? "" : heading.Substring(space + 1).Trim();
        // Widdershins writes the method in upper case; a heading that only starts with the word "Get" is no operation.
        return HttpMethodText.TryNormalize(word, out method) && word == method;
    }

    /// <summary>"POST /path" (the method repeated) → the path; later lines of the paragraph are description.</summary>
    private static bool TryReadPathLine(string paragraph, string method, out string path, out string rest)
    {
        path = "";
        rest = "";
        var lineEnd = paragraph.IndexOf('\n');
        var first = (lineEnd < 0 ? paragraph : paragraph.Substring(0, lineEnd)).Trim();
        if (!first.StartsWith(method + " ", StringComparison.OrdinalIgnoreCase)) return false;
        path = first.Substring(method.Length + 1).Trim();
        if (path.Length == 0 || path.IndexOf(' ') >= 0) return false;
        rest = lineEnd < 0 ? "" : paragraph.Substring(lineEnd + 1).Trim();
        return true;
    }

    /// <summary>An "枚举值" table: the property named in each row and its allowed values, in order.</summary>
    private static Dictionary<string, List<MarkdownCell>> EnumValues(MarkdownTable table)
    {
        int name = -1, value = -1;
        for (var i = 0; i < table.Header.Count; i++)
        {
            var column = WiddershinsWords.ColumnOf(table.Header[i].Text);
            if (column == Column.Name && name < 0) name = i;
            else if (column == Column.Value && value < 0) value = i;
        }
        var values = new Dictionary<string, List<MarkdownCell>>(StringComparer.Ordinal);
        if (name < 0 || value < 0) return values;
        foreach (var row in table.Rows)
        {
            if (name >= row.Cells.Count || value >= row.Cells.Count) continue;
            var key = row.Cells[name].Text;
            if (!values.TryGetValue(key, out var list)) values.Add(key, list = new List<MarkdownCell>());
            list.Add(row.Cells[value]);
        }
        return values;
    }
}
