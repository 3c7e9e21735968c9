using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Names and descriptions of enum values from Apifox's extensions: x-apifox-enum (and Apidog's x-apidog-enum)
/// <c>[{value, name, description}]</c>, the deprecated <c>x-apifox: {enumDescriptions: {"value": "text"}}</c>, and the
/// lists parallel to "enum" other tools write (x-enum-varnames / x-enumNames, x-enum-descriptions / x-enumDescriptions).
/// </summary>
internal sealed class EnumMemberReader
{
    private static readonly string[] ListKeywords = { "x-apifox-enum", "x-apidog-enum" };
    private static readonly string[] NameKeywords = { "x-enum-varnames", "x-enumNames" };
    private static readonly string[] DescriptionKeywords = { "x-enum-descriptions", "x-enumDescriptions" };

    private readonly SchemaReporter _report;

    public EnumMemberReader(SchemaReporter report) => _report = report;

    /// <param name="constraints">Gains the listed values as allowed values when the schema has no "enum".</param>
    public EquatableArray<EnumMember> Read(JsonObjectNode obj, ref Constraints constraints)
    {
        var listed = new List<Listed>();
        foreach (var keyword in ListKeywords) ReadList(obj, keyword, listed);
        var described = ReadDescriptions(obj);
        var names = ReadParallel(obj, NameKeywords, constraints.AllowedValues.Count);
        var texts = ReadParallel(obj, DescriptionKeywords, constraints.AllowedValues.Count);
        if (listed.Count == 0 && described.Count == 0 && names is null && texts is null) return EquatableArray<EnumMember>.Empty;

        if (constraints.AllowedValues.IsEmpty && listed.Count > 0)
        {
            // The extension without "enum" still lists the values: they are the enum.
            var values = new List<string>();
            foreach (var entry in listed)
            {
                if (!values.Exists(v => JsonValueText.Same(v, entry.Json))) values.Add(entry.Json);
            }
            constraints = constraints with { AllowedValues = values.ToEquatableArray(), AllowedValuesOrigin = ConstraintOrigin.Keyword };
        }

        var members = new List<EnumMember>();
        for (var i = 0; i < constraints.AllowedValues.Count; i++)
        {
            var value = constraints.AllowedValues[i];
            var entry = listed.Find(l => JsonValueText.Same(l.Json, value));
            var description = entry?.Description ?? DescriptionOf(value, described, constraints.AllowedValues) ?? At(texts, i);
            var name = entry?.Name ?? At(names, i);
            if (name is not null || description is not null) members.Add(new EnumMember(value, name, description));
        }
        foreach (var entry in listed)
        {
            if (!Contains(constraints.AllowedValues, entry.Json)) _report.Invalid(entry.Keyword, entry.Value, "not one of the enum values");
        }
        foreach (var text in described)
        {
            if (!MatchesAny(text.Key, constraints.AllowedValues))
                _report.Report(DiagnosticId.InvalidKeywordValue, text.Span, "x-apifox.enumDescriptions", JsonCompactWriter.Quote(text.Key), "not one of the enum values");
        }
        return members.ToEquatableArray();
    }

    /// <summary>
    /// The first of <paramref name="keywords"/> present, as texts parallel to "enum" (openapi-generator's x-enum-varnames,
    /// NSwag's x-enumNames, and their descriptions); null when none is there. A list longer or shorter than "enum" is
    /// reported and used as far as it goes.
    /// </summary>
    private string?[]? ReadParallel(JsonObjectNode obj, string[] keywords, int count)
    {
        foreach (var keyword in keywords)
        {
            var node = obj.Get(keyword);
            if (node is null) continue;
            if (node is not JsonArrayNode entries)
            {
                _report.Invalid(keyword, node, "expected an array of strings, one per enum value");
                return null;
            }
            if (entries.Items.Count != count) _report.Invalid(keyword, node, $"{entries.Items.Count} entries for {count} enum values");
            var texts = new string?[count];
            for (var i = 0; i < entries.Items.Count && i < count; i++)
            {
                if (entries.Items[i] is JsonStringNode { Value.Length: > 0 } text) texts[i] = text.Value;
                else if (entries.Items[i] is not JsonStringNode) _report.Invalid(keyword, entries.Items[i], "expected a string");
            }
            return texts;
        }
        return null;
    }

    private static string? At(string?[]? texts, int index) => texts is not null && index < texts.Length ? texts[index] : null;

    private void ReadList(JsonObjectNode obj, string keyword, List<Listed> listed)
    {
        var node = obj.Get(keyword);
        if (node is null) return;
        if (node is not JsonArrayNode entries)
        {
            _report.Invalid(keyword, node, "expected an array of {value, name, description}");
            return;
        }
        foreach (var item in entries.Items)
        {
            if (item is not JsonObjectNode entry || entry.Get("value") is not { } value)
            {
                _report.Invalid(keyword, item, "expected an object with a value");
                continue;
            }
            var json = JsonCompactWriter.Write(value);
            // The first entry for a value wins, as for duplicate x-apifox-enum and x-apidog-enum lists.
            if (listed.Exists(l => JsonValueText.Same(l.Json, json))) continue;
            listed.Add(new Listed(keyword, value, json, Text(entry, keyword, "name"), Text(entry, keyword, "description")));
        }
    }

    private List<Described> ReadDescriptions(JsonObjectNode obj)
    {
        var result = new List<Described>();
        // "x-apifox" elsewhere (e.g. auth configs) is not about enums: only its enumDescriptions matter here.
        if (obj.Get("x-apifox") is not JsonObjectNode apifox || apifox.Get("enumDescriptions") is not { } node) return result;
        if (node is not JsonObjectNode texts)
        {
            _report.Invalid("x-apifox.enumDescriptions", node, "expected an object of value → text");
            return result;
        }
        foreach (var member in texts.Members)
        {
            if (member.Value is JsonStringNode text)
            {
                if (text.Value.Length > 0) result.Add(new Described(member.Name, text.Value, member.NameSpan));
            }
            else _report.Invalid("x-apifox.enumDescriptions", member.Value, "expected a string");
        }
        return result;
    }

    private string? Text(JsonObjectNode entry, string keyword, string field)
    {
        switch (entry.Get(field))
        {
            case null:
                return null;
            case JsonStringNode text:
                return text.Value.Length > 0 ? text.Value : null;
            case var other:
                _report.Invalid(keyword + "." + field, other, "expected a string");
                return null;
        }
    }

    /// <summary>
    /// enumDescriptions keys are object keys, so always strings: a key names the string value with that text, or else
    /// the number or boolean written that way ("1" describes 1 only when the enum has no "1").
    /// </summary>
    private static string? DescriptionOf(string value, List<Described> described, EquatableArray<string> values)
    {
        if (value.Length > 0 && value[0] == '"') return described.Find(d => JsonCompactWriter.Quote(d.Key) == value)?.Text;
        return described.Find(d => JsonValueText.Same(d.Key, value) && !Contains(values, JsonCompactWriter.Quote(d.Key)))?.Text;
    }

    private static bool MatchesAny(string key, EquatableArray<string> values)
    {
        foreach (var value in values)
        {
            if (JsonCompactWriter.Quote(key) == value || (value.Length > 0 && value[0] != '"' && JsonValueText.Same(key, value))) return true;
        }
        return false;
    }

    private static bool Contains(EquatableArray<string> values, string json)
    {
        foreach (var value in values)
        {
            if (JsonValueText.Same(value, json)) return true;
        }
        return false;
    }

    private sealed record Listed(string Keyword, JsonNode Value, string Json, string? Name, string? Description);

    private sealed record Described(string Key, string Text, SourceSpan Span);
}
