using System;
using System.Text.RegularExpressions;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>Reads the validation keywords the generated code enforces into <see cref="Constraints"/>.</summary>
internal sealed class ConstraintReader
{
    private readonly SchemaReporter _report;
    private readonly KeywordReader _keywords;

    public ConstraintReader(SchemaReporter report, KeywordReader keywords)
    {
        _report = report;
        _keywords = keywords;
    }

    public Constraints Read(JsonObjectNode obj)
    {
        var constraints = new Constraints
        {
            Minimum = BoundComparison.Stricter(Bound(obj, "minimum", "exclusiveMinimum"), ExclusiveBound(obj, "exclusiveMinimum"), preferLarger: true),
            Maximum = BoundComparison.Stricter(Bound(obj, "maximum", "exclusiveMaximum"), ExclusiveBound(obj, "exclusiveMaximum"), preferLarger: false),
            MinLength = _keywords.Count(obj, "minLength"),
            MaxLength = _keywords.Count(obj, "maxLength"),
            Pattern = Pattern(obj),
            MinItems = _keywords.Count(obj, "minItems"),
            MaxItems = _keywords.Count(obj, "maxItems"),
            UniqueItems = _keywords.Flag(obj, "uniqueItems"),
            AllowedValues = Enum(obj),
            AllowedValuesOrigin = ConstraintOrigin.Keyword,
            Const = obj.Get("const") is { } constant ? JsonCompactWriter.Write(constant) : null,
        };
        return constraints == Constraints.None ? Constraints.None : constraints;
    }

    /// <summary>minimum/maximum, made exclusive by the draft-4 boolean form of exclusiveMinimum/exclusiveMaximum.</summary>
    private NumericBound? Bound(JsonObjectNode obj, string keyword, string exclusiveKeyword)
    {
        var node = obj.Get(keyword);
        if (node is null) return null;
        if (node is not JsonNumberNode number)
        {
            _report.Invalid(keyword, node, "expected a number");
            return null;
        }
        var exclusive = obj.Get(exclusiveKeyword) is JsonBooleanNode { Value: true };
        return new NumericBound(number.Literal, exclusive, ConstraintOrigin.Keyword);
    }

    /// <summary>The draft-6+ number form of exclusiveMinimum/exclusiveMaximum.</summary>
    private NumericBound? ExclusiveBound(JsonObjectNode obj, string keyword)
    {
        switch (obj.Get(keyword))
        {
            case null:
            case JsonBooleanNode:
                return null;
            case JsonNumberNode number:
                return new NumericBound(number.Literal, true, ConstraintOrigin.Keyword);
            case var other:
                _report.Invalid(keyword, other, "expected a number or a boolean");
                return null;
        }
    }

    private string? Pattern(JsonObjectNode obj)
    {
        var node = obj.Get("pattern");
        if (node is null) return null;
        if (node is not JsonStringNode text)
        {
            _report.Invalid("pattern", node, "expected a string");
            return null;
        }
        try
        {
            _ = new Regex(text.Value, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return text.Value;
        }
        catch (ArgumentException exception)
        {
            _report.Invalid("pattern", node, "not a valid regular expression: " + exception.Message);
            return null;
        }
    }

    private EquatableArray<string> Enum(JsonObjectNode obj)
    {
        var node = obj.Get("enum");
        if (node is null) return EquatableArray<string>.Empty;
        if (node is not JsonArrayNode { Items.Count: > 0 } values)
        {
            _report.Invalid("enum", node, "expected a non-empty array");
            return EquatableArray<string>.Empty;
        }
        var texts = new string[values.Items.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = JsonCompactWriter.Write(values.Items[i]);
        return new EquatableArray<string>(texts);
    }
}
