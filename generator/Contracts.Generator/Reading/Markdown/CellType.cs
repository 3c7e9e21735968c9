using System;
using System.Collections.Generic;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>
/// A type cell of the export read as a schema: "string", "integer(int64)", "string(binary)", "[object]" (an array of
/// objects), "string¦null", "[Pet](#schemapet)" (a data model), "[[Pet](#schemapet)]". An unknown word is passed on as
/// the "type", so schema reading reports it at the cell.
/// </summary>
internal sealed class CellType
{
    private const char BrokenBar = '\u00A6';
    // "[[[…]]]" deeper than this reads as any JSON: nesting stays bounded whatever a cell holds.
    private const int MaxNesting = 32;

    private string? _type;
    private string? _format;
    private string? _reference;
    private CellType? _items;
    private bool _nullable;
    private List<CellType>? _alternatives;

    public static CellType Parse(string cell)
    {
        var alternatives = new List<CellType>();
        var nullable = false;
        foreach (var part in cell.Split(BrokenBar))
        {
            var text = part.Trim();
            if (text == "null") nullable = true;
            else if (text.Length > 0) alternatives.Add(ParseOne(text, 0));
        }
        if (alternatives.Count == 0) return new CellType { _type = nullable ? "null" : null };
        var result = alternatives.Count == 1 ? alternatives[0] : new CellType { _alternatives = alternatives };
        result._nullable |= nullable;
        return result;
    }

    /// <summary>True for "[…]": the table rows below it describe the members of its items.</summary>
    public bool IsArray => _items is not null;

    private static CellType ParseOne(string text, int depth)
    {
        if (depth > MaxNesting) return new CellType();
        if (TryLink(text, out var anchor)) return new CellType { _reference = "#" + anchor };
        if (text.Length >= 2 && text[0] == '[' && text[text.Length - 1] == ']') return new CellType { _type = "array", _items = ParseOne(text.Substring(1, text.Length - 2).Trim(), depth + 1) };
        if (text.StartsWith("array[", StringComparison.OrdinalIgnoreCase) && text.EndsWith("]", StringComparison.Ordinal))
            return new CellType { _type = "array", _items = ParseOne(text.Substring(6, text.Length - 7).Trim(), depth + 1) };
        var open = text.IndexOf('(');
        var name = open > 0 && text.EndsWith(")", StringComparison.Ordinal) ? text.Substring(0, open).Trim() : text;
        var format = open > 0 && text.EndsWith(")", StringComparison.Ordinal) ? text.Substring(open + 1, text.Length - open - 2).Trim() : null;
        switch (name)
        {
            case "file":
                return new CellType { _type = "string", _format = "binary" };
            case "any":
            case "*":
                return new CellType();
            case "array":
                return new CellType { _type = "array", _items = new CellType() };
            default:
                return new CellType { _type = name, _format = format };
        }
    }

    /// <summary>"[Name](#anchor)" → anchor.</summary>
    internal static bool TryLink(string text, out string anchor)
    {
        anchor = "";
        var middle = text.IndexOf("](#", StringComparison.Ordinal);
        if (text.Length < 6 || text[0] != '[' || middle < 0 || text[text.Length - 1] != ')' || text.IndexOf('[', 1) >= 0 && text.IndexOf('[', 1) < middle) return false;
        anchor = text.Substring(middle + 3, text.Length - middle - 4);
        return anchor.Length > 0;
    }

    /// <summary>
    /// The schema node; <paramref name="objectMembers"/> (properties, required, enum) go to the innermost schema, so the
    /// rows under "[object]" describe the items; <paramref name="ownMembers"/> (title, description) to the outermost.
    /// </summary>
    public JsonObjectNode ToNode(SourceSpan span, List<JsonMember> objectMembers, List<JsonMember>? ownMembers = null)
    {
        var members = new List<JsonMember>();
        if (ownMembers is not null) members.AddRange(ownMembers);
        if (_alternatives is not null)
        {
            var items = new List<JsonNode>();
            foreach (var alternative in _alternatives) items.Add(alternative.ToNode(span, new List<JsonMember>()));
            if (_nullable) items.Add(SyntheticJson.Object(new List<JsonMember> { SyntheticJson.Member("type", SyntheticJson.String("null", span)) }, span));
            members.Add(SyntheticJson.Member("anyOf", SyntheticJson.Array(items, span)));
            members.AddRange(objectMembers);
            return SyntheticJson.Object(members, span);
        }
        if (_reference is not null)
        {
            members.Add(SyntheticJson.Member("$ref", SyntheticJson.String(_reference, span)));
            if (_nullable) members.Add(SyntheticJson.Member("nullable", SyntheticJson.Boolean(true, span)));
            return SyntheticJson.Object(members, span);
        }
        if (_type is not null)
        {
            var type = SyntheticJson.String(_type, span);
            members.Add(SyntheticJson.Member("type", _nullable && _type != "null"
                ? SyntheticJson.Array(new JsonNode[] { type, SyntheticJson.String("null", span) }, span)
                : type));
        }
        if (_format is not null) members.Add(SyntheticJson.Member("format", SyntheticJson.String(_format, span)));
        if (_items is not null)
        {
            members.Add(SyntheticJson.Member("items", _items.ToNode(span, objectMembers)));
            return SyntheticJson.Object(members, span);
        }
        // Rows under a cell without a type describe an object.
        if (_type is null && HasProperties(objectMembers)) members.Add(SyntheticJson.Member("type", SyntheticJson.String("object", span)));
        members.AddRange(objectMembers);
        return SyntheticJson.Object(members, span);
    }

    private static bool HasProperties(List<JsonMember> members) => members.Exists(m => m.Name == "properties");
}
