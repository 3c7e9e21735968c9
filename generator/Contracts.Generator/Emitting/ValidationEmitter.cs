using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Contracts.Generator.Emitting.Plan;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Emits Validate() and ValidateCore(). ValidateCore runs twice at most: first with no error list (stops at the first
/// violation, builds no paths, allocates nothing), then, only if invalid, collecting every violation with its JSON Pointer.
/// </summary>
internal static class ValidationEmitter
{
    private const string Failures = "global::Contracts.ValidationFailures";

    public static void Emit(SourceWriter writer, EmitContext context, RecordPlan record)
    {
        var lookup = context.Lookup;
        var unions = context.Unions;
        writer.Line("/// <inheritdoc />");
        writer.OpenBrace("public global::System.Collections.Generic.IReadOnlyList<global::Contracts.ValidationError> Validate()");
        writer.Line("if (ValidateCore(null, null)) return global::System.Array.Empty<global::Contracts.ValidationError>();");
        writer.Line("var errors = new global::System.Collections.Generic.List<global::Contracts.ValidationError>();");
        writer.Line("ValidateCore(errors, \"\");");
        writer.Line("return errors;");
        writer.CloseBrace();
        writer.Line();
        writer.Line("/// <summary>Checks this value; with no <paramref name=\"errors\"/> list it stops at the first violation.</summary>");
        writer.Line("/// <param name=\"errors\">Where violations go, or null to only answer valid or not.</param>");
        writer.Line("/// <param name=\"path\">JSON Pointer of this value; used only when <paramref name=\"errors\"/> is given.</param>");
        writer.Line("/// <returns>True when valid.</returns>");
        writer.OpenBrace("internal bool ValidateCore(global::System.Collections.Generic.List<global::Contracts.ValidationError>? errors, string? path)");
        writer.Line("var valid = true;");
        foreach (var property in record.Properties)
        {
            EmitProperty(writer, record, property, lookup, unions);
        }
        writer.Line("return valid;");
        writer.CloseBrace();
        writer.Line();
        EmitPatterns(writer, record, lookup);
    }

    private static void EmitProperty(SourceWriter writer, RecordPlan record, PropertyPlan property, SchemaLookup lookup, Dictionary<string, UnionPlan> unions)
    {
        var path = "path + " + CSharpText.StringLiteral("/" + PointerSegment(property.JsonName));
        var valueType = property.Type.WithNullable(false);
        var checks = new Checks(record, property.Index, lookup, unions);
        var mask = RequiredBits.Mask(record, property);
        var opened = 0;
        if (mask is not null)
        {
            writer.OpenBrace($"if ((_missingRequired & {mask}) != 0)");
            Fail(writer, $"{Failures}.Required({path}, {CSharpText.StringLiteral(property.JsonName)})");
            writer.CloseBrace();
            writer.OpenBrace("else");
            opened++;
        }
        if (property.Type.IsValueType && !property.Type.Nullable)
        {
            checks.Value(writer, valueType, property.Schema, property.Name, path, 0);
        }
        else
        {
            if (property.Required && !property.SchemaNullable)
            {
                writer.OpenBrace($"if ({property.Name} is null)");
                Fail(writer, $"{Failures}.NotNull({path})");
                writer.CloseBrace();
            }
            if (checks.Has(valueType, property.Schema))
            {
                var local = property.LocalName;
                writer.OpenBrace($"{(property.Required && !property.SchemaNullable ? "else " : "")}if ({property.Name} is {{ }} {local})");
                checks.Value(writer, valueType, property.Schema, local, path, 0);
                writer.CloseBrace();
            }
        }
        for (; opened > 0; opened--) writer.CloseBrace();
    }

    private static void Fail(SourceWriter writer, string error)
    {
        writer.Line("if (errors is null) return false;");
        writer.Line("valid = false;");
        writer.Line($"errors.Add({error});");
    }

    /// <summary>"~" and "/" escaped as RFC 6901 asks.</summary>
    private static string PointerSegment(string name) => name.Replace("~", "~0").Replace("/", "~1");

    private static void EmitPatterns(SourceWriter writer, RecordPlan record, SchemaLookup lookup)
    {
        var patterns = new List<string>();
        foreach (var property in record.Properties) CollectPatterns(property.Schema, patterns, lookup, 0);
        for (var i = 0; i < patterns.Count; i++)
        {
            // The interpreter (not RegexOptions.Compiled) keeps this NativeAOT-friendly; the timeout bounds hostile inputs.
            writer.Line($"private static readonly global::System.Text.RegularExpressions.Regex s_pattern{i.ToString(CultureInfo.InvariantCulture)} = new({CSharpText.StringLiteral(patterns[i])}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, global::System.TimeSpan.FromSeconds(1));");
        }
        if (patterns.Count > 0) writer.Line();
    }

    internal static void CollectPatterns(Schema schema, List<string> patterns, SchemaLookup lookup, int depth)
    {
        schema = lookup.Resolve(schema);
        // Nested records check their own members; only value-level patterns inside arrays and maps are this record's.
        if (depth > 8 || schema.Reference is not null) return;
        if (schema.Type == SchemaType.String && schema.Constraints.Pattern is { } pattern && PatternCheck.IsUsable(pattern)) patterns.Add(pattern);
        if (schema.Type == SchemaType.Array && schema.Items is { } items && lookup.Resolve(items).Type != SchemaType.Object) CollectPatterns(items, patterns, lookup, depth + 1);
        if (schema.Type == SchemaType.Object && schema.Properties.IsEmpty && schema.AdditionalProperties is { } values && lookup.Resolve(values).Type != SchemaType.Object) CollectPatterns(values, patterns, lookup, depth + 1);
    }

    /// <summary>Checks of one value; pattern fields are numbered in the order CollectPatterns finds them.</summary>
    private sealed class Checks
    {
        private readonly SchemaLookup _lookup;
        private readonly Dictionary<string, UnionPlan> _unions;
        private int _nextPattern;

        public Checks(RecordPlan record, int propertyIndex, SchemaLookup lookup, Dictionary<string, UnionPlan> unions)
        {
            _lookup = lookup;
            _unions = unions;
            var patterns = new List<string>();
            for (var i = 0; i < propertyIndex; i++) CollectPatterns(record.Properties[i].Schema, patterns, lookup, 0);
            _nextPattern = patterns.Count;
        }

        public bool Has(TypeRef type, Schema schema)
        {
            schema = _lookup.Resolve(schema);
            var c = schema.Constraints;
            switch (type.Kind)
            {
                case ValueKind.Record:
                case ValueKind.Enum:
                case ValueKind.Union:
                    return true;
                case ValueKind.DateTimeOffset:
                case ValueKind.Guid:
                case ValueKind.Bytes:
                case ValueKind.File:
                    return false;
                case ValueKind.List:
                    return c.MinItems is not null || c.MaxItems is not null || c.UniqueItems || (schema.Items is { } items && Has(type.Element!.WithNullable(false), items));
                case ValueKind.Map:
                    return schema.AdditionalProperties is { } values && Has(type.Element!.WithNullable(false), values);
                case ValueKind.Any:
                    return false;
                default:
                    return c.Minimum is not null || c.Maximum is not null || c.MinLength is not null || c.MaxLength is not null
                        || (c.Pattern is { } p && PatternCheck.IsUsable(p)) || !c.AllowedValues.IsEmpty || c.Const is not null;
            }
        }

        public void Value(SourceWriter writer, TypeRef type, Schema schema, string value, string path, int depth)
        {
            schema = _lookup.Resolve(schema);
            var c = schema.Constraints;
            switch (type.Kind)
            {
                case ValueKind.Union:
                    var matches = "matches" + depth.ToString(CultureInfo.InvariantCulture);
                    var anyOf = _unions.TryGetValue(type.RecordName!, out var union) && union.AnyOf;
                    writer.Line($"var {matches} = {value}.Matches();");
                    writer.OpenBrace(anyOf ? $"if ({matches} == 0)" : $"if ({matches} != 1)");
                    Fail(writer, $"{Failures}.Alternatives({path}, {(anyOf ? "true" : "false")}, {matches})");
                    writer.CloseBrace();
                    return;
                case ValueKind.Enum:
                    writer.OpenBrace($"if (!{value}.IsKnown)");
                    Fail(writer, $"{Failures}.Enum({path}, {type.RecordName}.AllowedJson, global::Contracts.JsonText.Quote({value}.Value))");
                    writer.CloseBrace();
                    return;
                case ValueKind.DateTimeOffset:
                case ValueKind.Guid:
                case ValueKind.Bytes:
                case ValueKind.File:
                    return;
                case ValueKind.Record:
                    writer.OpenBrace($"if (!{value}.ValidateCore(errors, errors is null ? null : {path}))");
                    writer.Line("if (errors is null) return false;");
                    writer.Line("valid = false;");
                    writer.CloseBrace();
                    return;
                case ValueKind.Any:
                    return;
                case ValueKind.List:
                    ListChecks(writer, type, schema, value, path, depth);
                    return;
                case ValueKind.Map:
                    MapChecks(writer, type, schema, value, path, depth);
                    return;
            }
            if (type.IsNumber)
            {
                Bound(writer, type, c.Minimum, value, path, "<", "<=", "Minimum");
                Bound(writer, type, c.Maximum, value, path, ">", ">=", "Maximum");
            }
            var actual = type.Kind == ValueKind.String ? $"global::Contracts.JsonText.Quote({value})" : $"global::Contracts.JsonText.Of({value})";
            if (type.Kind == ValueKind.String)
            {
                if (c.MinLength is not null || c.MaxLength is not null)
                {
                    var length = "length" + depth.ToString(CultureInfo.InvariantCulture);
                    writer.Line($"var {length} = global::Contracts.JsonText.CodePointLength({value});");
                    if (c.MinLength is { } min)
                    {
                        writer.OpenBrace($"if ({length} < {Int(min)})");
                        Fail(writer, $"{Failures}.MinLength({path}, {Int(min)}, {length})");
                        writer.CloseBrace();
                    }
                    if (c.MaxLength is { } max)
                    {
                        writer.OpenBrace($"if ({length} > {Int(max)})");
                        Fail(writer, $"{Failures}.MaxLength({path}, {Int(max)}, {length})");
                        writer.CloseBrace();
                    }
                }
                if (c.Pattern is { } pattern && PatternCheck.IsUsable(pattern))
                {
                    var field = "s_pattern" + (_nextPattern++).ToString(CultureInfo.InvariantCulture);
                    writer.OpenBrace($"if (!{field}.IsMatch({value}))");
                    Fail(writer, $"{Failures}.Pattern({path}, {CSharpText.StringLiteral(pattern)}, {value})");
                    writer.CloseBrace();
                }
            }
            var allowed = AllowedPattern(type, c.AllowedValues);
            if (allowed is not null)
            {
                var texts = new StringBuilder();
                foreach (var text in c.AllowedValues) texts.Append(texts.Length == 0 ? "" : ", ").Append(CSharpText.StringLiteral(text));
                writer.OpenBrace($"if ({value} is not ({allowed}))");
                Fail(writer, $"{Failures}.Enum({path}, new string[] {{ {texts} }}, {actual})");
                writer.CloseBrace();
            }
            if (c.Const is { } constant && Literal(type, constant) is { } constLiteral)
            {
                writer.OpenBrace($"if ({value} != {constLiteral})");
                Fail(writer, $"{Failures}.Const({path}, {CSharpText.StringLiteral(constant)}, {actual})");
                writer.CloseBrace();
            }
        }

        private void ListChecks(SourceWriter writer, TypeRef type, Schema schema, string value, string path, int depth)
        {
            var c = schema.Constraints;
            if (c.MinItems is { } min)
            {
                writer.OpenBrace($"if ({value}.Count < {Int(min)})");
                Fail(writer, $"{Failures}.MinItems({path}, {Int(min)}, {value}.Count)");
                writer.CloseBrace();
            }
            if (c.MaxItems is { } max)
            {
                writer.OpenBrace($"if ({value}.Count > {Int(max)})");
                Fail(writer, $"{Failures}.MaxItems({path}, {Int(max)}, {value}.Count)");
                writer.CloseBrace();
            }
            var i = "i" + depth.ToString(CultureInfo.InvariantCulture);
            var j = "j" + depth.ToString(CultureInfo.InvariantCulture);
            if (c.UniqueItems)
            {
                writer.OpenBrace($"for (var {i} = 0; {i} < {value}.Count; {i}++)");
                writer.OpenBrace($"for (var {j} = {i} + 1; {j} < {value}.Count; {j}++)");
                writer.OpenBrace($"if (global::System.Collections.Generic.EqualityComparer<{type.Element!.Name}>.Default.Equals({value}[{i}], {value}[{j}]))");
                Fail(writer, $"{Failures}.UniqueItems({path}, {i}, {j})");
                writer.CloseBrace();
                writer.CloseBrace();
                writer.CloseBrace();
            }
            if (schema.Items is { } items && Has(type.Element!.WithNullable(false), items))
            {
                var item = "item" + depth.ToString(CultureInfo.InvariantCulture);
                writer.OpenBrace($"for (var {i} = 0; {i} < {value}.Count; {i}++)");
                writer.OpenBrace($"if ({value}[{i}] is {{ }} {item})");
                Value(writer, type.Element!.WithNullable(false), items, item, $"{path} + \"/\" + {i}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)", depth + 1);
                writer.CloseBrace();
                writer.CloseBrace();
            }
        }

        private void MapChecks(SourceWriter writer, TypeRef type, Schema schema, string value, string path, int depth)
        {
            if (schema.AdditionalProperties is not { } values || !Has(type.Element!.WithNullable(false), values)) return;
            var pair = "pair" + depth.ToString(CultureInfo.InvariantCulture);
            var item = "entry" + depth.ToString(CultureInfo.InvariantCulture);
            writer.OpenBrace($"foreach (var {pair} in {value})");
            writer.OpenBrace($"if ({pair}.Value is {{ }} {item})");
            Value(writer, type.Element!.WithNullable(false), values, item, $"{path} + \"/\" + {pair}.Key.Replace(\"~\", \"~0\").Replace(\"/\", \"~1\")", depth + 1);
            writer.CloseBrace();
            writer.CloseBrace();
        }

        private static void Bound(SourceWriter writer, TypeRef type, NumericBound? bound, string value, string path, string inclusiveFails, string exclusiveFails, string kind)
        {
            if (bound is null) return;
            var literal = NumberLiteral.For(bound.Literal, type.Kind) ?? NumberLiteral.For(bound.Literal, ValueKind.Double);
            if (literal is null) return;
            if (type.Kind == ValueKind.Decimal && literal.EndsWith("d", System.StringComparison.Ordinal)) return;
            var op = bound.Exclusive ? exclusiveFails : inclusiveFails;
            writer.OpenBrace($"if ({value} {op} {literal})");
            Fail(writer, $"{Failures}.{kind}({path}, {CSharpText.StringLiteral(bound.Literal)}, global::Contracts.JsonText.Of({value}), {(bound.Exclusive ? "true" : "false")})");
            writer.CloseBrace();
        }

        /// <summary>A C# pattern (<c>"a" or "b"</c>) matching the allowed values that fit the type; null when none apply.</summary>
        private static string? AllowedPattern(TypeRef type, EquatableArray<string> allowed)
        {
            if (allowed.IsEmpty) return null;
            var parts = new List<string>();
            foreach (var json in allowed)
            {
                if (Literal(type, json) is { } literal) parts.Add(literal);
            }
            return parts.Count == 0 ? "null" : string.Join(" or ", parts);
        }

        private static string? Literal(TypeRef type, string json)
        {
            if (type.Kind == ValueKind.String)
            {
                return JsonStrings.TryDecode(json) is { } text ? CSharpText.StringLiteral(text) : null;
            }
            if (type.Kind == ValueKind.Boolean) return json == "true" || json == "false" ? json : null;
            return type.IsNumber ? NumberLiteral.For(json, type.Kind) : null;
        }

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
