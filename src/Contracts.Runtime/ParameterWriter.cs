using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Contracts;

/// <summary>
/// Writes path, query, header and cookie parameters in their OpenAPI style (RFC 6570 where OpenAPI follows it). A value
/// is one text, a list of texts, or an object's members as name/text pairs. Every name and value is escaped for its
/// place; only the style's own delimiters are written as they are.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ParameterWriter
{
    /// <summary>Appends a query parameter holding one value.</summary>
    public static void AppendQuery(StringBuilder query, string name, ParameterStyle style, bool explode, string value)
        => AppendQuery(query, name, style, explode, new Value(value, null, null));

    /// <summary>Appends a query parameter holding a list.</summary>
    public static void AppendQuery(StringBuilder query, string name, ParameterStyle style, bool explode, IEnumerable<string> items)
        => AppendQuery(query, name, style, explode, new Value(null, new List<string>(items), null));

    /// <summary>Appends a query parameter holding an object's members.</summary>
    public static void AppendQuery(StringBuilder query, string name, ParameterStyle style, bool explode, IEnumerable<KeyValuePair<string, string>> members)
        => AppendQuery(query, name, style, explode, new Value(null, null, new List<KeyValuePair<string, string>>(members)));

    /// <summary>The escaped text that replaces a path template holding one value.</summary>
    public static string Path(string name, ParameterStyle style, bool explode, string value)
        => Path(name, style, explode, new Value(value, null, null));

    /// <summary>The escaped text that replaces a path template holding a list.</summary>
    public static string Path(string name, ParameterStyle style, bool explode, IEnumerable<string> items)
        => Path(name, style, explode, new Value(null, new List<string>(items), null));

    /// <summary>The escaped text that replaces a path template holding an object's members.</summary>
    public static string Path(string name, ParameterStyle style, bool explode, IEnumerable<KeyValuePair<string, string>> members)
        => Path(name, style, explode, new Value(null, null, new List<KeyValuePair<string, string>>(members)));

    /// <summary>A header value in the simple style (line breaks are refused when the header is added).</summary>
    public static string Header(bool explode, string value) => value;

    /// <summary>A header value holding a list: the items joined by commas.</summary>
    public static string Header(bool explode, IEnumerable<string> items) => string.Join(",", items);

    /// <summary>A header value holding an object: <c>k,v,k,v</c>, or <c>k=v,k=v</c> exploded.</summary>
    public static string Header(bool explode, IEnumerable<KeyValuePair<string, string>> members)
        => Join(new List<KeyValuePair<string, string>>(members), explode ? "=" : ",", ",", static text => text);

    /// <summary>The Cookie header text of a parameter holding one value.</summary>
    public static string Cookie(string name, bool explode, string value) => name + "=" + Uri.EscapeDataString(value);

    /// <summary>The Cookie header text of a list: <c>name=a,b</c>, or one pair per item exploded.</summary>
    public static string Cookie(string name, bool explode, IEnumerable<string> items)
    {
        var list = new List<string>(items);
        if (!explode) return name + "=" + string.Join(",", Escaped(list, Uri.EscapeDataString));
        var pairs = new List<string>(list.Count);
        foreach (var item in list) pairs.Add(name + "=" + Uri.EscapeDataString(item));
        return string.Join("; ", pairs);
    }

    /// <summary>The Cookie header text of an object: <c>name=k,v,k,v</c>, or one <c>k=v</c> pair per member exploded.</summary>
    public static string Cookie(string name, bool explode, IEnumerable<KeyValuePair<string, string>> members)
    {
        var list = new List<KeyValuePair<string, string>>(members);
        return explode ? Join(list, "=", "; ", Uri.EscapeDataString) : name + "=" + Join(list, ",", ",", Uri.EscapeDataString);
    }

    /// <summary>
    /// An object's members as name/text pairs: strings as they are, numbers and booleans as JSON writes them, nested
    /// values as JSON text; null members are left out.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> Members(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) yield break;
        foreach (var member in value.EnumerateObject())
        {
            switch (member.Value.ValueKind)
            {
                case JsonValueKind.Null:
                case JsonValueKind.Undefined:
                    continue;
                case JsonValueKind.String:
                    yield return new KeyValuePair<string, string>(member.Name, member.Value.GetString()!);
                    break;
                default:
                    yield return new KeyValuePair<string, string>(member.Name, member.Value.GetRawText());
                    break;
            }
        }
    }

    private static void AppendQuery(StringBuilder query, string name, ParameterStyle style, bool explode, Value value)
    {
        var escapedName = Uri.EscapeDataString(name);
        if (value.Members is { } members)
        {
            if (style == ParameterStyle.DeepObject)
            {
                foreach (var member in members) Pair(query, escapedName + "[" + Uri.EscapeDataString(member.Key) + "]", Uri.EscapeDataString(member.Value));
            }
            else if (explode && style == ParameterStyle.Form)
            {
                foreach (var member in members) Pair(query, Uri.EscapeDataString(member.Key), Uri.EscapeDataString(member.Value));
            }
            else
            {
                var delimiter = Delimiter(style);
                Pair(query, escapedName, Join(members, delimiter, delimiter, Uri.EscapeDataString));
            }
            return;
        }
        if (value.Items is { } items)
        {
            if (explode)
            {
                foreach (var item in items) Pair(query, escapedName, Uri.EscapeDataString(item));
            }
            else
            {
                Pair(query, escapedName, string.Join(Delimiter(style), Escaped(items, Uri.EscapeDataString)));
            }
            return;
        }
        Pair(query, escapedName, Uri.EscapeDataString(value.Scalar!));
    }

    private static string Path(string name, ParameterStyle style, bool explode, Value value)
    {
        Func<string, string> escape = ContractsHttp.EscapePathValue;
        var escapedName = Uri.EscapeDataString(name);
        switch (style)
        {
            case ParameterStyle.Label:
                if (value.Members is { } labelMembers) return "." + Join(labelMembers, explode ? "=" : ",", explode ? "." : ",", escape);
                if (value.Items is { } labelItems) return "." + string.Join(explode ? "." : ",", Escaped(labelItems, escape));
                return "." + escape(value.Scalar!);
            case ParameterStyle.Matrix:
                if (value.Members is { } matrixMembers)
                {
                    return explode
                        ? (matrixMembers.Count == 0 ? "" : ";" + Join(matrixMembers, "=", ";", escape))
                        : ";" + escapedName + "=" + Join(matrixMembers, ",", ",", escape);
                }
                if (value.Items is { } matrixItems)
                {
                    if (!explode) return ";" + escapedName + "=" + string.Join(",", Escaped(matrixItems, escape));
                    var text = new StringBuilder();
                    foreach (var item in matrixItems) text.Append(';').Append(escapedName).Append('=').Append(escape(item));
                    return text.ToString();
                }
                return ";" + escapedName + (value.Scalar!.Length == 0 ? "" : "=" + escape(value.Scalar));
            default:
                if (value.Members is { } simpleMembers) return Join(simpleMembers, explode ? "=" : ",", ",", escape);
                if (value.Items is { } simpleItems) return string.Join(",", Escaped(simpleItems, escape));
                return escape(value.Scalar!);
        }
    }

    private static string Delimiter(ParameterStyle style) => style switch
    {
        ParameterStyle.SpaceDelimited => "%20",
        ParameterStyle.PipeDelimited => "|",
        _ => ",",
    };

    private static void Pair(StringBuilder query, string escapedName, string escapedValue)
    {
        if (query.Length > 0) query.Append('&');
        query.Append(escapedName).Append('=').Append(escapedValue);
    }

    private static string Join(IReadOnlyList<KeyValuePair<string, string>> members, string between, string separator, Func<string, string> escape)
    {
        var text = new StringBuilder();
        foreach (var member in members)
        {
            if (text.Length > 0) text.Append(separator);
            text.Append(escape(member.Key)).Append(between).Append(escape(member.Value));
        }
        return text.ToString();
    }

    private static IEnumerable<string> Escaped(IReadOnlyList<string> items, Func<string, string> escape)
    {
        foreach (var item in items) yield return escape(item);
    }

    private readonly struct Value
    {
        public Value(string? scalar, List<string>? items, List<KeyValuePair<string, string>>? members)
        {
            Scalar = scalar;
            Items = items;
            Members = members;
        }

        public string? Scalar { get; }

        public IReadOnlyList<string>? Items { get; }

        public IReadOnlyList<KeyValuePair<string, string>>? Members { get; }
    }
}
