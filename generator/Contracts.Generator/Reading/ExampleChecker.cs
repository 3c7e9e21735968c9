using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading;

/// <summary>
/// Checks an example against its schema, because examples in the wild are untrusted: not JSON (CTR2004),
/// the first mismatch (CTR2002), or else the first member the schema does not declare (CTR2003).
/// </summary>
internal static class ExampleChecker
{
    /// <param name="namedSchema">Looks up a named schema by <see cref="Schema.Reference"/> key; without it, references accept any value.</param>
    public static void Check(Example example, Schema? schema, string filePath, List<DiagnosticInfo> diagnostics, Func<string, Schema?>? namedSchema = null)
    {
        var parsed = LocatedJsonParser.Parse(example.Json);
        if (parsed.Root is not { } root)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticId.ExampleNotJson, filePath, example.Span, example.Name, parsed.Error?.Message ?? ""));
            return;
        }
        if (schema is null || Walked(root, schema, namedSchema) is not { } walk) return;
        if (walk.Mismatch is { } mismatch)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticId.ExampleMismatch, filePath, example.Span, example.Name, mismatch));
        }
        else if (walk.Undeclared is { } pointer)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticId.ExampleUndeclaredMember, filePath, example.Span, example.Name, pointer));
        }
    }

    /// <summary>The first way <paramref name="value"/> breaks <paramref name="schema"/>, such as "/: the string is shorter than 4 characters"; null when none is found.</summary>
    public static string? FirstMismatch(JsonNode value, Schema schema, Func<string, Schema?>? namedSchema = null)
        => Walked(value, schema, namedSchema)?.Mismatch;

    /// <summary>The finished walk; null when it was cut short, which proves nothing either way.</summary>
    private static Walk? Walked(JsonNode value, Schema schema, Func<string, Schema?>? namedSchema)
    {
        var walk = new Walk(namedSchema, new Budget());
        walk.Visit(value, schema, "", 0);
        return walk.Budget.Exhausted ? null : walk;
    }

    /// <summary>Caps the work and the stack on one example, since alternatives are tried one by one and references may loop.</summary>
    private sealed class Budget
    {
        private const int MaxNesting = 2_000;

        private int _left = 100_000;

        public int Nesting { get; private set; }

        public bool Exhausted => _left < 0;

        /// <summary>False (and exhausted for good) once too much work or nesting was spent.</summary>
        public bool Enter()
        {
            Nesting++;
            if (--_left < 0 || Nesting > MaxNesting)
            {
                _left = -1;
                return false;
            }
            return true;
        }

        public void Leave() => Nesting--;
    }

    /// <summary>Depth-first in document order; stops at the first mismatch.</summary>
    private sealed class Walk
    {

        private readonly Func<string, Schema?>? _namedSchema;

        public Walk(Func<string, Schema?>? namedSchema, Budget budget)
        {
            _namedSchema = namedSchema;
            Budget = budget;
        }

        public Budget Budget { get; }
        public string? Mismatch { get; private set; }
        public string? Undeclared { get; private set; }

        /// <param name="hops">References followed since the walk last went into a member or item.</param>
        public void Visit(JsonNode value, Schema schema, string pointer, int hops)
        {
            if (Mismatch is not null) return;
            try
            {
                if (Budget.Enter()) VisitChecked(value, schema, pointer, hops);
            }
            finally
            {
                Budget.Leave();
            }
        }

        private void VisitChecked(JsonNode value, Schema schema, string pointer, int hops)
        {
            if (schema.Reference is not null)
            {
                // Unknown, a cycle, or looping without going deeper: nothing more can be said about this value. The
                // target is read by the build's own rule, so the site's nullability counts here too.
                if (hops >= SchemaReferences.MaxHops || _namedSchema is null || SchemaReferences.Resolve(schema, _namedSchema) is not { } target) return;
                Visit(value, target, pointer, hops + 1);
                return;
            }
            if (value is JsonNullNode)
            {
                if (!schema.Nullable && (schema.Type != SchemaType.Any || schema.Types != SchemaTypeSet.None)) Fail(pointer, $"expected {TypeText(schema)}, found null");
                return;
            }
            if (!HasType(value, schema))
            {
                Fail(pointer, $"expected {TypeText(schema)}, found {Describe(value)}");
                return;
            }
            var constraints = schema.Constraints;
            if (constraints.Const is { } constant && !SameValue(value, constant))
            {
                Fail(pointer, $"expected the constant {constant}, found {Shorten(JsonCompactWriter.Write(value))}");
                return;
            }
            if (!constraints.AllowedValues.IsEmpty && !IsAllowed(value, constraints))
            {
                Fail(pointer, $"{Shorten(JsonCompactWriter.Write(value))} is not one of {string.Join(", ", constraints.AllowedValues)}");
                return;
            }
            switch (value)
            {
                case JsonNumberNode number:
                    CheckBounds(number.Literal, constraints, pointer);
                    break;
                case JsonStringNode text:
                    CheckString(text.Value, constraints, pointer);
                    break;
                case JsonArrayNode array:
                    CheckArray(array, schema, pointer);
                    break;
                case JsonObjectNode obj:
                    CheckObject(obj, schema, pointer);
                    break;
            }
            if (Mismatch is null && !schema.Alternatives.IsEmpty) CheckAlternatives(value, schema, pointer, hops);
        }

        /// <summary>
        /// Passes when at least one alternative matches. oneOf is not held to "exactly one": overlapping alternatives are
        /// common in real schemas, and the example is not at fault for them. A discriminator picks the one to check.
        /// </summary>
        private void CheckAlternatives(JsonNode value, Schema schema, string pointer, int hops)
        {
            if (schema.Discriminator is { } discriminator && value is JsonObjectNode obj)
            {
                CheckDiscriminated(obj, schema, discriminator, pointer, hops);
                return;
            }
            foreach (var alternative in schema.Alternatives)
            {
                var trial = new Walk(_namedSchema, Budget);
                trial.Visit(value, alternative, pointer, hops);
                if (trial.Mismatch is not null) continue;
                // Members the alternative declares are declared; only an alternative-only schema can call one undeclared.
                if (schema.Properties.IsEmpty) Undeclared ??= trial.Undeclared;
                return;
            }
            Fail(pointer, $"matches none of the {schema.Alternatives.Count} alternatives");
        }

        private void CheckDiscriminated(JsonObjectNode obj, Schema schema, Discriminator discriminator, string pointer, int hops)
        {
            if (obj.Get(discriminator.PropertyName) is not JsonStringNode tag)
            {
                Fail(pointer, $"the discriminator property '{discriminator.PropertyName}' is missing or not a string");
                return;
            }
            string? key = null;
            foreach (var mapping in discriminator.Mapping)
            {
                if (mapping.Value == tag.Value) key = mapping.SchemaKey;
            }
            if (key is null)
            {
                Fail(JsonPointer.Append(pointer, discriminator.PropertyName), $"\"{tag.Value}\" is not a known discriminator value");
                return;
            }
            var trial = new Walk(_namedSchema, Budget);
            trial.Visit(obj, new Schema { Reference = key }, pointer, hops);
            Mismatch ??= trial.Mismatch;
            if (schema.Properties.IsEmpty) Undeclared ??= trial.Undeclared;
        }

        private void CheckBounds(string literal, Constraints constraints, string pointer)
        {
            if (constraints.Minimum is { } min && NumericText.TryCompare(literal, min.Literal, out var low) && (low < 0 || (low == 0 && min.Exclusive)))
            {
                Fail(pointer, $"{literal} is {(min.Exclusive ? "not greater than" : "less than")} the minimum {min.Literal}");
            }
            else if (constraints.Maximum is { } max && NumericText.TryCompare(literal, max.Literal, out var high) && (high > 0 || (high == 0 && max.Exclusive)))
            {
                Fail(pointer, $"{literal} is {(max.Exclusive ? "not less than" : "greater than")} the maximum {max.Literal}");
            }
        }

        private void CheckString(string text, Constraints constraints, string pointer)
        {
            var length = CodePoints(text);
            if (constraints.MinLength is { } minLength && length < minLength) Fail(pointer, $"the string is shorter than {minLength} characters");
            else if (constraints.MaxLength is { } maxLength && length > maxLength) Fail(pointer, $"the string is longer than {maxLength} characters");
            else if (constraints.Pattern is { } pattern && Matches(text, pattern) == false) Fail(pointer, $"the string does not match the pattern {pattern}");
        }

        private void CheckArray(JsonArrayNode array, Schema schema, string pointer)
        {
            var constraints = schema.Constraints;
            if (constraints.MinItems is { } minItems && array.Items.Count < minItems) Fail(pointer, $"fewer than {minItems} items");
            else if (constraints.MaxItems is { } maxItems && array.Items.Count > maxItems) Fail(pointer, $"more than {maxItems} items");
            else if (constraints.UniqueItems && HasDuplicate(array)) Fail(pointer, "the items are not unique");
            if (schema.Items is not { } items) return;
            for (var i = 0; i < array.Items.Count && Mismatch is null; i++)
            {
                Visit(array.Items[i], items, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 0);
            }
        }

        private void CheckObject(JsonObjectNode obj, Schema schema, string pointer)
        {
            foreach (var property in schema.Properties)
            {
                if (property.Required && obj.Find(property.JsonName) is null)
                {
                    Fail(pointer, $"required property '{property.JsonName}' is missing");
                    return;
                }
            }
            foreach (var member in obj.Members)
            {
                var memberPointer = JsonPointer.Append(pointer, member.Name);
                var declared = Declared(schema, member.Name);
                if (declared is not null) Visit(member.Value, declared, memberPointer, 0);
                else if (schema.AdditionalProperties is { } extra) Visit(member.Value, extra, memberPointer, 0);
                else if (!schema.AllowsAdditionalProperties) Fail(memberPointer, $"property '{member.Name}' is not allowed");
                // An "any" schema declares nothing and forbids nothing: its members are not "undeclared"; with
                // alternatives, the matching alternative decides.
                else if (schema.Type == SchemaType.Object && schema.Alternatives.IsEmpty) Undeclared ??= memberPointer;
                if (Mismatch is not null) return;
            }
        }

        private void Fail(string pointer, string what) => Mismatch ??= JsonPointer.Display(pointer) + ": " + what;

        private static Schema? Declared(Schema schema, string name)
        {
            foreach (var property in schema.Properties)
            {
                if (string.Equals(property.JsonName, name, StringComparison.Ordinal)) return property.Schema;
            }
            return null;
        }

        private static bool HasType(JsonNode value, Schema schema)
        {
            if (schema.Types == SchemaTypeSet.None) return HasType(value, schema.Type);
            foreach (var type in SchemaTypeSets.Members(schema.Types))
            {
                if (HasType(value, type)) return true;
            }
            return false;
        }

        private static string TypeText(Schema schema) => schema.Types == SchemaTypeSet.None
            ? SchemaTypeText.ToText(schema.Type)
            : SchemaTypeText.ToText(schema.Types);

        private static bool HasType(JsonNode value, SchemaType type) => type switch
        {
            SchemaType.Any => true,
            SchemaType.Boolean => value is JsonBooleanNode,
            SchemaType.Integer => value is JsonNumberNode number && NumericText.IsIntegral(number.Literal),
            SchemaType.Number => value is JsonNumberNode,
            SchemaType.String => value is JsonStringNode,
            SchemaType.Array => value is JsonArrayNode,
            _ => value is JsonObjectNode,
        };

        private static string Describe(JsonNode value) => value switch
        {
            JsonNumberNode number => (NumericText.IsIntegral(number.Literal) ? "integer " : "number ") + number.Literal,
            JsonStringNode => "string",
            JsonBooleanNode => "boolean",
            JsonArrayNode => "array",
            _ => "object",
        };

        private static bool IsAllowed(JsonNode value, Constraints constraints)
        {
            foreach (var allowed in constraints.AllowedValues)
            {
                if (SameValue(value, allowed)) return true;
            }
            return false;
        }

        private static bool SameValue(JsonNode value, string json)
            => value is JsonNumberNode number && NumericText.IsJsonNumber(json)
                ? NumericText.NumericallyEqual(number.Literal, json)
                : string.Equals(JsonCompactWriter.Write(value), json, StringComparison.Ordinal);

        private static bool HasDuplicate(JsonArrayNode array)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in array.Items)
            {
                if (!seen.Add(JsonCompactWriter.Write(item))) return true;
            }
            return false;
        }

        /// <summary>Null when the pattern cannot be evaluated here (invalid for .NET, or too slow).</summary>
        private static bool? Matches(string text, string pattern)
        {
            try
            {
                return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        private static int CodePoints(string text)
        {
            var count = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))) count++;
            }
            return count;
        }

        private static string Shorten(string json) => json.Length <= 60 ? json : json.Substring(0, 57) + "...";
    }
}
