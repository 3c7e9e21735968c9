using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Generator.Reading.Json;
using Xunit;

namespace Contracts.Tests.Reading;

public sealed class SchemaConverterTests
{
    [Theory]
    [InlineData("{\"type\": [\"string\", \"null\"]}", "String", true)]
    [InlineData("{\"type\": \"integer\", \"nullable\": true}", "Integer", true)]
    [InlineData("{\"type\": [\"integer\", \"number\"]}", "Number", false)]
    [InlineData("{\"type\": [\"integer\", \"string\"]}", "Any", false)]
    [InlineData("{}", "Any", false)]
    public void Reads_type_and_nullability(string json, string type, bool nullable)
    {
        var (schema, diagnostics) = Convert(json);

        Assert.Equal(type, schema.Type.ToString());
        Assert.Equal(nullable, schema.Nullable);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("{\"properties\": {}}", "Object", "'properties'", "an object")]
    [InlineData("{\"additionalProperties\": false}", "Object", "'additionalProperties'", "an object")]
    [InlineData("{\"items\": {}}", "Array", "'items'", "an array")]
    [InlineData("{\"allOf\": [{\"properties\": {}}, {\"required\": [\"a\"], \"properties\": {\"a\": {}}}]}", "Object", "its allOf parts", "an object")]
    public void A_type_inferred_from_object_keywords_or_items_is_reported_once(string json, string type, string keywords, string shape)
    {
        var (schema, diagnostics) = Convert(json);

        Assert.Equal(type, schema.Type.ToString());
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.TypeInferredFromShape, warning.Id);
        Assert.Equal(new[] { "/", keywords, shape }, warning.Arguments);
    }

    [Theory]
    [InlineData("{\"type\": \"object\", \"properties\": {}}")]
    [InlineData("{\"allOf\": [{\"type\": \"object\"}, {\"properties\": {\"a\": {}}}]}")]
    [InlineData("{\"allOf\": [{\"properties\": {\"a\": {}}}], \"type\": \"object\"}")]
    [InlineData("{\"enum\": [{\"a\": 1}]}")]
    [InlineData("{\"enum\": [1, 2]}")]
    public void A_type_stated_anywhere_or_implied_by_the_values_is_not_reported(string json)
    {
        Assert.Empty(Convert(json).Diagnostics);
    }

    [Theory]
    [InlineData("{\"type\": [\"integer\", \"string\"]}", "Integer, String", false)]
    [InlineData("{\"type\": [\"integer\", \"number\", \"boolean\", \"null\"]}", "Boolean, Number", true)]
    [InlineData("{\"type\": [\"array\", \"object\", \"array\"]}", "Array, Object", false)]
    public void Several_types_are_any_json_with_the_types_kept_for_validation_and_no_warning(string json, string types, bool nullable)
    {
        var (schema, diagnostics) = Convert(json);

        Assert.Equal(SchemaType.Any, schema.Type);
        Assert.Equal(types, schema.Types.ToString());
        Assert.Equal(nullable, schema.Nullable);
        // Nothing goes unchecked: Validate() tests the JSON type against the list.
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("""{"type": "string", "minLength": 4, "default": "bad"}""", "\"bad\"", "/: the string is shorter than 4 characters")]
    [InlineData("""{"type": "number", "maximum": 3, "default": 5}""", "5", "/: 5 is greater than the maximum 3")]
    [InlineData("""{"type": "integer", "default": "10"}""", "\"10\"", "/: expected integer, found string")]
    [InlineData("""{"type": "string", "enum": ["a", "b"], "default": "c"}""", "\"c\"", "/: \"c\" is not one of \"a\", \"b\"")]
    [InlineData("""{"type": "integer", "description": "默认值:0。最小值:1,最大值:8。"}""", "0", "/: 0 is less than the minimum 1")]
    [InlineData("""{"allOf": [{"type": "string", "maxLength": 2}], "default": "abc"}""", "\"abc\"", "/: the string is longer than 2 characters")]
    public void A_default_that_breaks_its_own_schema_is_reported_and_not_applied(string json, string shown, string mismatch)
    {
        var (schema, diagnostics) = Convert(json);

        Assert.Null(schema.Default);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.DefaultBreaksSchema, warning.Id);
        Assert.Equal(new[] { shown, mismatch }, warning.Arguments);
    }

    [Theory]
    [InlineData("""{"type": "string", "minLength": 2, "default": "ok"}""")]
    [InlineData("""{"type": "integer", "description": "默认值:1。最小值:1,最大值:8。"}""")]
    [InlineData("""{"type": ["integer", "null"], "default": null}""")]
    [InlineData("""{"allOf": [{"type": "string", "minLength": 1, "default": "x"}], "maxLength": 3}""")]
    public void A_default_that_fits_is_kept_without_a_finding(string json)
    {
        var (schema, diagnostics) = Convert(json);

        Assert.NotNull(schema.Default);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Null_only_type_is_any_nullable_with_a_warning_naming_the_property()
    {
        var (schema, diagnostics) = Convert("{\"type\": \"object\", \"properties\": {\"a/b\": {\"type\": \"object\", \"properties\": {\"c\": {\"type\": \"null\"}}}}}");

        var c = schema.Properties[0].Schema.Properties[0].Schema;
        Assert.Equal(SchemaType.Any, c.Type);
        Assert.True(c.Nullable);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.NullOnlyType, warning.Id);
        Assert.Equal("/a~1b/c", warning.Arguments[0]);
    }

    [Fact]
    public void Reads_constraint_keywords()
    {
        var (schema, diagnostics) = Convert("""
            {"type": "number", "minimum": 1, "exclusiveMinimum": true, "exclusiveMaximum": 10, "maximum": 20,
             "enum": ["a", 1.5, null, {"x": [1, 2]}], "const": 1.50, "default": 1.50,
             "format": "double", "title": "", "description": "d"}
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(new NumericBound("1", true, ConstraintOrigin.Keyword), schema.Constraints.Minimum);
        Assert.Equal(new NumericBound("10", true, ConstraintOrigin.Keyword), schema.Constraints.Maximum);
        Assert.Equal(new[] { "\"a\"", "1.5", "null", "{\"x\":[1,2]}" }, schema.Constraints.AllowedValues);
        Assert.Equal("1.50", schema.Constraints.Const);
        Assert.Equal("1.50", schema.Default);
        Assert.Equal("double", schema.Format);
        Assert.Null(schema.Title);
        Assert.Equal("d", schema.Description);
    }

    [Fact]
    public void Reads_string_and_array_keywords()
    {
        var (schema, _) = Convert("""{"type": "array", "minItems": 1, "maxItems": 3, "uniqueItems": true, "items": {"type": "string", "minLength": 2, "maxLength": 5, "pattern": "^[a-z]+$"}}""");

        Assert.Equal((1, 3, true), (schema.Constraints.MinItems, schema.Constraints.MaxItems, schema.Constraints.UniqueItems));
        var items = schema.Items!;
        Assert.Equal((2, 5, "^[a-z]+$"), (items.Constraints.MinLength, items.Constraints.MaxLength, items.Constraints.Pattern));
    }

    [Theory]
    [InlineData("{\"minimum\": \"abc\"}", "minimum")]
    [InlineData("{\"maxLength\": -1}", "maxLength")]
    [InlineData("{\"pattern\": \"(\"}", "pattern")]
    [InlineData("{\"type\": \"object\", \"properties\": {}, \"required\": [1]}", "required")]
    [InlineData("{\"type\": \"file\"}", "type")]
    [InlineData("{\"enum\": []}", "enum")]
    [InlineData("{\"type\": \"object\", \"properties\": []}", "properties")]
    public void An_unusable_keyword_value_is_reported_and_ignored(string json, string keyword)
    {
        var (schema, diagnostics) = Convert(json);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.InvalidKeywordValue, diagnostic.Id);
        Assert.Equal(keyword, diagnostic.Arguments[0]);
        Assert.True(schema.Constraints.IsEmpty);
    }

    [Fact]
    public void Orders_properties_by_x_apifox_orders_then_document_order_and_drops_placeholders()
    {
        var (schema, _) = Convert("""
            {"type": "object",
             "properties": {"a": {}, "b": {}, "01GXXB4YK7EG1Y8J6CV6RE5Y2F": {"type": "string", "x-tmp-pending-properties": true}, "c": {}, "d": {}},
             "required": ["d", "01GXXB4YK7EG1Y8J6CV6RE5Y2F"],
             "x-apifox-orders": ["c", "01GXXB4YK7EG1Y8J6CV6RE5Y2G", "a"]}
            """);

        Assert.Equal(new[] { "c", "a", "b", "d" }, schema.Properties.Select(p => p.JsonName));
        Assert.Equal(new[] { "d" }, schema.Properties.Where(p => p.Required).Select(p => p.JsonName));
    }

    [Fact]
    public void Reads_additional_properties()
    {
        Assert.False(Convert("{\"additionalProperties\": false}").Schema.AllowsAdditionalProperties);
        Assert.Null(Convert("{\"additionalProperties\": {}}").Schema.AdditionalProperties);
        Assert.Equal(SchemaType.Integer, Convert("{\"additionalProperties\": {\"type\": \"integer\"}}").Schema.AdditionalProperties!.Type);
    }

    [Fact]
    public void An_unknown_ref_is_any_with_a_warning_and_a_known_one_stays_a_reference()
    {
        const string json = "{\"type\": \"object\", \"properties\": {\"pet\": {\"$ref\": \"#/definitions/1\", \"description\": \"宠物\"}}}";

        var (schema, diagnostics) = Convert(json);
        var pet = schema.Properties[0].Schema;
        Assert.Equal(SchemaType.Any, pet.Type);
        Assert.Equal("宠物", pet.Description);
        var unresolved = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.UnresolvedReference, unresolved.Id);
        Assert.Equal(new[] { "#/definitions/1", "/pet" }, unresolved.Arguments);

        var (withResolver, quiet) = Convert(json, new FixedResolver(new Schema { Type = SchemaType.Object, NameHint = "Pet" }));
        Assert.Empty(quiet);
        Assert.Equal("#/definitions/1", withResolver.Properties[0].Schema.Reference);
        Assert.Equal("宠物", withResolver.Properties[0].Schema.Description);
    }

    [Fact]
    public void Prose_fills_gaps_and_keywords_win_disagreements()
    {
        const string description = "数量。最小值:1,最大值:8。默认值:3";
        var json = "{\"type\": \"integer\", \"minimum\": 2, \"description\": \"" + description + "\"}";

        var (schema, diagnostics) = Convert(json);

        Assert.Equal(new NumericBound("2", false, ConstraintOrigin.Keyword), schema.Constraints.Minimum);
        Assert.Equal(new NumericBound("8", false, ConstraintOrigin.Prose), schema.Constraints.Maximum);
        Assert.Equal(("3", ConstraintOrigin.Prose), (schema.Default, schema.DefaultOrigin));
        var disagreement = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.ProseDisagreesWithKeyword, disagreement.Id);
        Assert.Equal(new[] { "minimum", "2", "1" }, disagreement.Arguments);
        // The span points at the "1" inside the description.
        var column = json.IndexOf(description, System.StringComparison.Ordinal) + description.IndexOf("1,", System.StringComparison.Ordinal);
        Assert.Equal(new SourceSpan(0, column, 0, column + 1), disagreement.Span);
    }

    [Theory]
    [InlineData("{\"type\": \"integer\", \"minimum\": 1.0, \"description\": \"最小值:1\"}", null)]
    [InlineData("{\"type\": \"number\", \"default\": 7.50, \"description\": \"默认值:7.5\"}", null)]
    [InlineData("{\"type\": \"string\", \"default\": \"a\", \"description\": \"默认值:b\"}", "default|\"a\"|b")]
    [InlineData("{\"type\": \"string\", \"enum\": [\"a\", \"b\"], \"description\": \"可选值:b,a\"}", null)]
    [InlineData("{\"type\": \"string\", \"enum\": [\"a\", \"b\"], \"description\": \"可选值:a,c\"}", "enum|\"a\", \"b\"|a, c")]
    [InlineData("{\"type\": \"number\", \"exclusiveMaximum\": 5, \"description\": \"最大值:4\"}", "exclusiveMaximum|5|4")]
    public void Compares_keyword_and_prose_by_value(string json, string? disagreement)
    {
        var (_, diagnostics) = Convert(json);

        Assert.Equal(disagreement is null ? new string[0] : new[] { disagreement }, diagnostics.Select(d => string.Join("|", d.Arguments)));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticId.ProseDisagreesWithKeyword, d.Id));
    }

    [Theory]
    [InlineData("{\"type\": \"string\", \"description\": \"最小值:1\"}", "minimum|1|string")]
    [InlineData("{\"type\": \"integer\", \"description\": \"默认值:1.5\"}", "default|1.5|integer")]
    [InlineData("{\"type\": \"boolean\", \"description\": \"默认值:yes\"}", "default|yes|boolean")]
    [InlineData("{\"type\": \"integer\", \"description\": \"可选值:1,x\"}", "allowed values|1, x|integer")]
    public void Prose_that_does_not_fit_the_type_is_reported_and_ignored(string json, string arguments)
    {
        var (schema, diagnostics) = Convert(json);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticId.ProseConstraintUnusable, diagnostic.Id);
        Assert.Equal(arguments, string.Join("|", diagnostic.Arguments));
        Assert.Null(schema.Default);
        Assert.True(schema.Constraints.IsEmpty);
    }

    [Theory]
    [InlineData("string", "默认值:auto", "\"auto\"")]
    [InlineData("string", "默认值:「a b」", "\"a b\"")]
    [InlineData("boolean", "Default: TRUE", "true")]
    [InlineData("integer", "默认值:2.0", "2")]
    [InlineData("number", "默认值:+1.5", "1.5")]
    public void Prose_defaults_are_stored_as_json_text(string type, string description, string expected)
    {
        var (schema, diagnostics) = Convert("{\"type\": \"" + type + "\", \"description\": \"" + description + "\"}");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, schema.Default);
        Assert.Equal(ConstraintOrigin.Prose, schema.DefaultOrigin);
    }

    [Fact]
    public void Prose_allowed_values_become_json_texts()
    {
        var (schema, _) = Convert("{\"type\": \"string\", \"description\": \"可选值:vivid、natural\"}");

        Assert.Equal(new[] { "\"vivid\"", "\"natural\"" }, schema.Constraints.AllowedValues);
        Assert.Equal(ConstraintOrigin.Prose, schema.Constraints.AllowedValuesOrigin);
    }

    private static (Schema Schema, List<DiagnosticInfo> Diagnostics) Convert(string json, ISchemaReferenceResolver? resolver = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var root = LocatedJsonParser.Parse(json).Root!;
        return (new SchemaConverter("s.json", diagnostics, resolver).Convert(root), diagnostics);
    }

    private sealed class FixedResolver : ISchemaReferenceResolver
    {
        private readonly Schema _schema;

        public FixedResolver(Schema schema) => _schema = schema;

        public string? ResolveKey(string reference) => reference == "#/definitions/1" ? reference : null;

        public Schema? GetSchema(string key) => key == "#/definitions/1" ? _schema : null;
    }
}
