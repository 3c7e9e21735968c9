using System;
using System.Collections.Generic;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;
using Column = Contracts.Generator.Reading.Markdown.WiddershinsWords.Column;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>
/// Turns the rows of a field table ("» name" one level down, "»» name" two…) into a JSON schema node: each row a
/// property with its type, required flag, title and description; rows under a row are its members (under "[object]",
/// its items' members). Enumerated values from a "枚举值" table join the properties they name.
/// </summary>
internal sealed class TableSchemaBuilder
{
    private const char Level = '\u00BB';
    private const string Anonymous = "*anonymous*";

    /// <summary>Deeper rows are skipped (CTR1005): nesting is bounded, as for JSON.</summary>
    public const int MaxDepth = 64;

    private readonly Dictionary<Column, int> _columns = new();
    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics;

    public TableSchemaBuilder(MarkdownTable table, string filePath, List<DiagnosticInfo> diagnostics)
    {
        _filePath = filePath;
        _diagnostics = diagnostics;
        for (var i = 0; i < table.Header.Count; i++)
        {
            var column = WiddershinsWords.ColumnOf(table.Header[i].Text);
            if (!_columns.ContainsKey(column)) _columns.Add(column, i);
        }
    }

    public MarkdownCell? Cell(MarkdownTableRow row, Column column)
        => _columns.TryGetValue(column, out var index) && index < row.Cells.Count ? row.Cells[index] : null;

    public bool Has(Column column) => _columns.ContainsKey(column);

    /// <summary>
    /// The schema the rows describe. A single top row named "body" or "*anonymous*" is the value itself; otherwise the
    /// top rows are the members of an object.
    /// </summary>
    public JsonObjectNode Build(IReadOnlyList<MarkdownTableRow> rows, SourceSpan span, IReadOnlyDictionary<string, List<MarkdownCell>>? enums = null)
    {
        var nodes = Tree(rows);
        if (nodes.Count == 1 && nodes[0].Depth == 0 && (nodes[0].Name == "body" || nodes[0].Name == Anonymous))
        {
            return ToSchema(nodes[0], enums);
        }
        return ObjectOf(nodes, span, CellType.Parse("object"), null, enums);
    }

    /// <summary>The schema of one row on its own (a parameter): its type, title, description and enumerated values.</summary>
    public JsonObjectNode Single(MarkdownTableRow row, string name, IReadOnlyDictionary<string, List<MarkdownCell>>? enums = null)
        => ToSchema(new RowNode(name, 0, row, Cell(row, Column.Name) ?? new MarkdownCell(name, row.Span)), enums);

    /// <summary>The row's name without its "»" marks.</summary>
    public string NameOf(MarkdownTableRow row) => (Cell(row, Column.Name)?.Text ?? "").TrimStart(Level, ' ', '\u00A0').Trim();

    /// <summary>Depth by the leading "»" marks; a row hangs under the last row above it that is less deep.</summary>
    private List<RowNode> Tree(IReadOnlyList<MarkdownTableRow> rows)
    {
        var roots = new List<RowNode>();
        var stack = new Stack<RowNode>();
        foreach (var row in rows)
        {
            var nameCell = Cell(row, Column.Name);
            if (nameCell is null) continue;
            var text = nameCell.Text;
            var depth = 0;
            var at = 0;
            while (at < text.Length && (text[at] == Level || text[at] == ' ' || text[at] == '\u00A0'))
            {
                if (text[at] == Level) depth++;
                at++;
            }
            if (depth > MaxDepth)
            {
                _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DiagnosticId.NestingTooDeep, _filePath, nameCell.Span, "table row", MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }
            var node = new RowNode(text.Substring(at).Trim(), depth, row, nameCell);
            while (stack.Count > 0 && stack.Peek().Depth >= depth) stack.Pop();
            if (stack.Count == 0) roots.Add(node);
            else stack.Peek().Children.Add(node);
            stack.Push(node);
        }
        return roots;
    }

    private JsonObjectNode ToSchema(RowNode node, IReadOnlyDictionary<string, List<MarkdownCell>>? enums)
    {
        var typeCell = Cell(node.Row, Column.Type);
        var type = CellType.Parse(typeCell?.Text ?? "");
        var span = typeCell?.Span ?? node.NameCell.Span;
        var own = new List<JsonMember>();
        if (Cell(node.Row, Column.Title) is { } title && WiddershinsWords.Text(title.Text) is { } titleText)
            own.Add(SyntheticJson.Member("title", SyntheticJson.String(titleText, title.Span)));
        if (Cell(node.Row, Column.Description) is { } description && WiddershinsWords.Text(description.Text) is { } descriptionText)
            own.Add(SyntheticJson.Member("description", SyntheticJson.String(descriptionText, description.Span)));
        if (node.Children.Count > 0) return ObjectOf(node.Children, span, type, own, enums);
        var inner = new List<JsonMember>();
        if (enums is not null && enums.TryGetValue(node.Name, out var values)) inner.Add(SyntheticJson.Member("enum", EnumValues(values, typeCell?.Text ?? "")));
        return type.ToNode(span, inner, own);
    }

    private JsonObjectNode ObjectOf(List<RowNode> children, SourceSpan span, CellType type, List<JsonMember>? own, IReadOnlyDictionary<string, List<MarkdownCell>>? enums)
    {
        var properties = new List<JsonMember>();
        var required = new List<JsonNode>();
        foreach (var child in children)
        {
            if (child.Name.Length == 0) continue;
            properties.Add(new JsonMember(child.Name, child.NameCell.Span, ToSchema(child, enums)));
            if (Cell(child.Row, Column.Required) is { } flag && WiddershinsWords.IsYes(flag.Text)) required.Add(SyntheticJson.String(child.Name, flag.Span));
        }
        var inner = new List<JsonMember> { SyntheticJson.Member("properties", SyntheticJson.Object(properties, span)) };
        if (required.Count > 0) inner.Add(SyntheticJson.Member("required", SyntheticJson.Array(required, span)));
        return type.ToNode(span, inner, own);
    }

    /// <summary>Enumerated values as the JSON values they stand for: numbers for numeric types, strings otherwise.</summary>
    private static JsonArrayNode EnumValues(List<MarkdownCell> values, string type)
    {
        var numeric = type.StartsWith("integer", StringComparison.Ordinal) || type.StartsWith("number", StringComparison.Ordinal);
        var items = new List<JsonNode>();
        foreach (var value in values)
        {
            items.Add(numeric && NumericText.IsJsonNumber(value.Text) ? SyntheticJson.Number(value.Text, value.Span) : SyntheticJson.String(value.Text, value.Span));
        }
        return SyntheticJson.Array(items, values.Count > 0 ? values[0].Span : SourceSpan.None);
    }

    private sealed class RowNode
    {
        public RowNode(string name, int depth, MarkdownTableRow row, MarkdownCell nameCell)
        {
            Name = name;
            Depth = depth;
            Row = row;
            NameCell = nameCell;
        }

        public string Name { get; }
        public int Depth { get; }
        public MarkdownTableRow Row { get; }
        public MarkdownCell NameCell { get; }
        public List<RowNode> Children { get; } = new();
    }
}
