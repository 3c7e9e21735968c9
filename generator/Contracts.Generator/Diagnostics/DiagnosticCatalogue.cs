using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports: stable ID, title, message and help text.</summary>
internal static class DiagnosticCatalogue
{
    private const string Input = "Contracts.Input";
    private const string SchemaCategory = "Contracts.Schema";
    private const string Prose = "Contracts.Prose";
    private const string Naming = "Contracts.Naming";
    private const string Emission = "Contracts.Emission";

    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = Build(
        Make(DiagnosticIds.MalformedJson, "Malformed JSON in a schema file", "The {0} is not valid JSON: {1}", Input, DiagnosticSeverity.Error,
            "A JSON block in the schema file could not be parsed. Fix the JSON at the reported line and column; the rest of the file is still generated."),
        Make(DiagnosticIds.UnexpectedException, "The generator failed on a schema file", "Contracts could not generate code for '{0}': {1}", Input, DiagnosticSeverity.Error,
            "An unexpected error stopped generation for this file. Please report it with the file attached; other files are unaffected."),
        Make(DiagnosticIds.WrongJsonType, "A field has the wrong JSON type", "'{0}' should be {1} but is {2}; it is ignored", Input, DiagnosticSeverity.Warning,
            "The field does not have the JSON type the format uses, so it was skipped."),
        Make(DiagnosticIds.MissingPart, "The schema file lacks a required part", "The schema file has no {0}; no operation is generated from it", Input, DiagnosticSeverity.Error,
            "An Apifox page needs its Method and Path lines to describe an operation."),
        Make(DiagnosticIds.NestingTooDeep, "JSON nested too deeply", "The {0} nests deeper than {1} levels; it is skipped", Input, DiagnosticSeverity.Warning,
            "Very deep nesting is refused to keep builds fast and safe."),
        Make(DiagnosticIds.YamlNotRead, "YAML schema files are not read by the generator", "'{0}' looks like a YAML OpenAPI document; the generator reads JSON only, so convert it to JSON", Input, DiagnosticSeverity.Warning,
            "The generator stays lean inside compilers and IDEs (System.Text.Json and Roslyn only), so it does not carry a YAML parser. Convert the file to JSON (the command-line tool does this) and list the JSON file instead."),
        Make(DiagnosticIds.DuplicateKey, "Duplicate JSON key", "The key '{0}' appears more than once in this object; the last one is used", Input, DiagnosticSeverity.Warning,
            "JSON parsers disagree about repeated keys; like JavaScript, the generator keeps the last value. Remove the repetition so every tool reads the same thing."),
        Make(DiagnosticIds.NullOnlyType, "Property declared with type null only", "'{0}' is declared as type \"null\", yet real payloads carry values there; it is generated as JsonElement? to hold any JSON", SchemaCategory, DiagnosticSeverity.Warning,
            "Apifox writes type \"null\" when the example it learned from had null. The property is kept as raw JSON so that real values are not lost; give it a real type in the schema to get a typed property."),
        Make(DiagnosticIds.ExampleMismatch, "Example does not match its schema", "Example '{0}' does not match its schema: {1}", SchemaCategory, DiagnosticSeverity.Warning,
            "Examples are not trusted: this one would fail validation. Fix the example or the schema."),
        Make(DiagnosticIds.ExampleUndeclaredMember, "Example has a member the schema does not declare", "Example '{0}' has member '{1}' that its schema does not declare; the generated type keeps it in AdditionalProperties", SchemaCategory, DiagnosticSeverity.Warning,
            "The member round-trips through AdditionalProperties, but has no typed property. Declare it in the schema to get one."),
        Make(DiagnosticIds.ExampleNotJson, "Example is not valid JSON", "Example '{0}' is not valid JSON: {1}", SchemaCategory, DiagnosticSeverity.Warning,
            "The example text could not be parsed as JSON and was not checked."),
        Make(DiagnosticIds.UnsupportedKeyword, "Unsupported schema keyword", "The keyword '{0}' at '{1}' is not supported and is not enforced", SchemaCategory, DiagnosticSeverity.Warning,
            "The generated validation does not check this keyword."),
        Make(DiagnosticIds.InvalidKeywordValue, "Unusable keyword value", "The keyword '{0}' has the value {1}, which cannot be used: {2}", SchemaCategory, DiagnosticSeverity.Warning,
            "The keyword is ignored because its value does not have the type JSON Schema requires."),
        Make(DiagnosticIds.UnresolvedReference, "Reference to nothing", "The reference '{0}' at '{1}' points at no schema in this document; the value is generated as any JSON", SchemaCategory, DiagnosticSeverity.Warning,
            "Only local references are resolved: OpenAPI components and Apifox schemaCollection ids. Check the spelling, or include the referenced schema in the export."),
        Make(DiagnosticIds.InlineCopyDiffers, "Inline copy differs from its reference", "The schema beside '$ref': '{0}' differs from the referenced schema ({1}); the referenced schema is used", SchemaCategory, DiagnosticSeverity.Warning,
            "Apifox exports can carry an expanded copy of a referenced schema next to its $ref. The $ref is the truth; re-export to refresh the copy."),
        Make(DiagnosticIds.TypeInferredFromShape, "Schema without a type generated as an object or array", "The schema at '{0}' has no \"type\", and {1} make it {2}: a JSON value of another type is rejected, where JSON Schema would accept it", SchemaCategory, DiagnosticSeverity.Warning,
            "Without \"type\", JSON Schema applies properties, required and additionalProperties only to objects (items only to arrays) and lets values of other types pass; a generated record (list) cannot hold them. Add \"type\": \"object\" (\"array\") to say what is meant, and the warning goes with no change to the generated code."),
        Make(DiagnosticIds.DefaultBreaksSchema, "Default breaks its own schema", "The default {0} does not fit its own schema ({1}); it is not applied", SchemaCategory, DiagnosticSeverity.Warning,
            "Defaults fill members that are absent, so a default its own schema rejects would make every value that leaves the member out fail validation. The member stays absent instead; fix the default or the limit."),
        Make(DiagnosticIds.AdditionalPropertiesSeeMergedMembers, "additionalProperties sees the members merged from allOf", "This additionalProperties at '{0}' applies to the members merged from {1}, so it lets {2} through, which JSON Schema would hold to it", SchemaCategory, DiagnosticSeverity.Warning,
            "allOf is generated as one record, so additionalProperties (false, or a schema) beside it or in one part leaves alone every member another part declares. JSON Schema applies it to each schema on its own, where those members are additional. Declare the members next to additionalProperties, or drop it, and both readings agree."),
        Make(DiagnosticIds.ProseDisagreesWithKeyword, "Description disagrees with the schema", "The schema says {0} = {1} but the description says {2}; the schema keyword is used", Prose, DiagnosticSeverity.Warning,
            "A limit or default is stated twice, differently. Make the description and the keyword agree."),
        Make(DiagnosticIds.ProseConstraintUnusable, "Description states an unusable constraint", "The description states {0} = {1}, which does not fit type {2}; it is ignored", Prose, DiagnosticSeverity.Warning,
            "A limit written in prose does not fit the property's type."),
        Make(DiagnosticIds.IdentifierRenamed, "Name changed to a valid C# identifier", "'{0}' is generated as '{1}'", Naming, DiagnosticSeverity.Info,
            "Names from the schema that are not valid or unique C# identifiers are adjusted; the JSON name is unchanged."),
        Make(DiagnosticIds.InvalidOption, "Unusable AdditionalFiles metadata", "The {0} metadata value '{1}' is not a valid C# name; the derived name is used", Naming, DiagnosticSeverity.Warning,
            "ContractsNamespace must be a dotted C# namespace and ContractsClientName a C# identifier."),
        Make(DiagnosticIds.DuplicateOutput, "Two schema files produce the same output", "Another schema file already produced '{0}'; rename one of the files", Naming, DiagnosticSeverity.Error,
            "The command-line tool writes each schema file's sources into a folder named after the file; two files with the same name in different folders collide there. (In a build, the generator numbers such files instead.)"),
        Make(DiagnosticIds.RepeatedFile, "Schema file listed twice", "'{0}' is listed more than once in AdditionalFiles; it is generated once", Naming, DiagnosticSeverity.Warning,
            "Remove the repeated AdditionalFiles item."),
        Make(DiagnosticIds.MissingReference, "A reference the generated code needs is missing", "The generated code needs {0}", Emission, DiagnosticSeverity.Error,
            "Reference the Contracts.Runtime package and System.Text.Json 8.0 or later."),
        Make(DiagnosticIds.MarkdownPartSkipped, "Part of a Markdown export not read", "The {0} is not read: {1}", Input, DiagnosticSeverity.Warning,
            "The Apifox Markdown export is read by its headings, tables and code blocks; this one does not have the shape the export gives it, so it was skipped. Re-export the file, or fix the line."),
        Make(DiagnosticIds.UnrecognisedFile, "Schema file in no format the generator reads", "'{0}' looks like {1}, which is not an API description the generator reads ({2}); nothing is generated from it", Input, DiagnosticSeverity.Warning,
            "The file was listed by name (not only matched by the default *.apifox.* and *.openapi.* patterns), so it was meant to generate something. Export the API in one of the formats read, or remove the item."));

    public static DiagnosticDescriptor Get(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : ById[DiagnosticIds.UnexpectedException];

    private static DiagnosticDescriptor Make(string id, string title, string message, string category, DiagnosticSeverity severity, string help)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description: help);

    private static IReadOnlyDictionary<string, DiagnosticDescriptor> Build(params DiagnosticDescriptor[] descriptors)
    {
        var map = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors) map.Add(descriptor.Id, descriptor);
        return map;
    }
}
