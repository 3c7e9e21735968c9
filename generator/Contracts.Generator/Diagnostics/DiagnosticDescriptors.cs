using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, as Roslyn descriptors with constant IDs, categories and severities, so the
/// release-tracking analyzer checks them against AnalyzerReleases.*.md. Code reports through <see cref="DiagnosticId"/>,
/// whose entries mirror these one for one. ID ranges: 1xxx input, 2xxx schema, 3xxx prose, 4xxx naming, 5xxx emission, 6xxx the consumer's code (analyzers).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Input = "Contracts.Input";
    private const string Schema = "Contracts.Schema";
    private const string Prose = "Contracts.Prose";
    private const string Naming = "Contracts.Naming";
    private const string Emission = "Contracts.Emission";
    private const string Usage = "Contracts.Usage";

    /// <summary>Where each diagnostic is explained: the README anchor named after its lower-case ID.</summary>
    public const string HelpLinkBase = "https://github.com/contracts-dotnet/contracts/blob/main/README.md#";

    public static readonly DiagnosticDescriptor MalformedJson = Describe(id: "CTR1001", category: Input, defaultSeverity: DiagnosticSeverity.Error,
        title: "Malformed JSON in a schema file",
        messageFormat: "The {0} is not valid JSON: {1}",
        description: "A JSON block in the schema file could not be parsed. Fix the JSON at the reported line and column; the rest of the file is still generated.");

    public static readonly DiagnosticDescriptor UnexpectedException = Describe(id: "CTR1002", category: Input, defaultSeverity: DiagnosticSeverity.Error,
        title: "The generator failed on a schema file",
        messageFormat: "Contracts could not generate code for '{0}': {1}",
        description: "An unexpected error stopped generation for this file. Please report it with the file attached; other files are unaffected.");

    public static readonly DiagnosticDescriptor WrongJsonType = Describe(id: "CTR1003", category: Input, defaultSeverity: DiagnosticSeverity.Warning,
        title: "A field has the wrong JSON type",
        messageFormat: "'{0}' should be {1} but is {2}; it is ignored",
        description: "The field does not have the JSON type the format uses, so it was skipped.");

    public static readonly DiagnosticDescriptor MissingPart = Describe(id: "CTR1004", category: Input, defaultSeverity: DiagnosticSeverity.Error,
        title: "The schema file lacks a required part",
        messageFormat: "The schema file has no {0}; no operation is generated from it",
        description: "An Apifox page needs its Method and Path lines to describe an operation.");

    public static readonly DiagnosticDescriptor NestingTooDeep = Describe(id: "CTR1005", category: Input, defaultSeverity: DiagnosticSeverity.Warning,
        title: "JSON nested too deeply",
        messageFormat: "The {0} nests deeper than {1} levels; it is skipped",
        description: "Very deep nesting is refused to keep builds fast and safe.");

    public static readonly DiagnosticDescriptor YamlNotRead = Describe(id: "CTR1006", category: Input, defaultSeverity: DiagnosticSeverity.Warning,
        title: "YAML schema files are not read by the generator",
        messageFormat: "'{0}' looks like a YAML OpenAPI document; the generator reads JSON only, so convert it to JSON",
        description: "The generator stays lean inside compilers and IDEs (System.Text.Json and Roslyn only), so it does not carry a YAML parser. Convert the file to JSON (the command-line tool does this) and list the JSON file instead.");

    public static readonly DiagnosticDescriptor DuplicateKey = Describe(id: "CTR1007", category: Input, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Duplicate JSON key",
        messageFormat: "The key '{0}' appears more than once in this object; the last one is used",
        description: "JSON parsers disagree about repeated keys; like JavaScript, the generator keeps the last value. Remove the repetition so every tool reads the same thing.");

    public static readonly DiagnosticDescriptor MarkdownPartSkipped = Describe(id: "CTR1008", category: Input, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Part of a Markdown export not read",
        messageFormat: "The {0} is not read: {1}",
        description: "The Apifox Markdown export is read by its headings, tables and code blocks; this one does not have the shape the export gives it, so it was skipped. Re-export the file, or fix the line.");

    public static readonly DiagnosticDescriptor UnrecognisedFile = Describe(id: "CTR1009", category: Input, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Schema file in no format the generator reads",
        messageFormat: "'{0}' looks like {1}, which is not an API description the generator reads ({2}); nothing is generated from it",
        description: "The file was listed by name (not only matched by the default *.apifox.* and *.openapi.* patterns), so it was meant to generate something. Export the API in one of the formats read, or remove the item.");

    public static readonly DiagnosticDescriptor MalformedYaml = Describe(id: "CTR1020", category: Input, defaultSeverity: DiagnosticSeverity.Error,
        title: "Malformed YAML in a schema file",
        messageFormat: "The {0} is not valid YAML: {1}",
        description: "The YAML could not be parsed, so nothing is generated from the file. Fix the YAML at the reported line and column.");

    public static readonly DiagnosticDescriptor YamlNotJson = Describe(id: "CTR1021", category: Input, defaultSeverity: DiagnosticSeverity.Error,
        title: "YAML that has no JSON reading",
        messageFormat: "The {0} cannot be read as JSON: {1}",
        description: "API documents are JSON values written as YAML. Keep one document per file, use strings (not mappings or sequences) as keys, and keep aliases from expanding past a million values.");

    public static readonly DiagnosticDescriptor YamlTagIgnored = Describe(id: "CTR1022", category: Input, defaultSeverity: DiagnosticSeverity.Warning,
        title: "YAML tag ignored",
        messageFormat: "The YAML tag '{0}' is ignored; values read by their form",
        description: "Only the standard tags (!!str, !!int…) and the non-specific '!' mean something to a JSON reading. Remove the tag, or quote the value if it should be a string.");

    public static readonly DiagnosticDescriptor NullOnlyType = Describe(id: "CTR2001", category: Schema, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Property declared with type null only",
        messageFormat: "'{0}' is declared as type \"null\", yet real payloads carry values there; it is generated as JsonElement? to hold any JSON",
        description: "Apifox writes type \"null\" when the example it learned from had null. The property is kept as raw JSON so that real values are not lost; give it a real type in the schema to get a typed property.");

    public static readonly DiagnosticDescriptor ExampleMismatch = Describe(id: "CTR2002", category: Schema, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Example does not match its schema",
        messageFormat: "Example '{0}' does not match its schema: {1}",
        description: "Examples are not trusted: this one would fail validation. Fix the example or the schema.");

    public static readonly DiagnosticDescriptor ExampleUndeclaredMember = Describe(id: "CTR2003", category: Schema, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Example has a member the schema does not declare",
        messageFormat: "Example '{0}' has member '{1}' that its schema does not declare; the generated type keeps it in AdditionalProperties",
        description: "The member round-trips through AdditionalProperties, but has no typed property. Declare it in the schema to get one.");

    public static readonly DiagnosticDescriptor ExampleNotJson = Describe(id: "CTR2004", category: Schema, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Example is not valid JSON",
        messageFormat: "Example '{0}' is not valid JSON: {1}",
        description: "The example text could not be parsed as JSON and was not checked.");

    public static readonly DiagnosticDescriptor UnsupportedKeyword = Describe(id: "CTR2005", category: Schema, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Unsupported schema keyword",
        messageFormat: "The keyword '{0}' at '{1}' is not supported and is not enforced",
        description: "The generated validation does not check this keyword.");

    public static readonly DiagnosticDescriptor InvalidKeywordValue = Describe(id: "CTR2006", category: Schema, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Unusable keyword value",
        messageFormat: "The keyword '{0}' has the value {1}, which cannot be used: {2}",
        description: "The keyword is ignored because its value does not have the type JSON Schema requires.");

    public static readonly DiagnosticDescriptor UnresolvedReference = Describe(id: "CTR2007", category: Schema, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Reference to nothing",
        messageFormat: "The reference '{0}' at '{1}' points at no schema in this document; the value is generated as any JSON",
        description: "Only local references are resolved: OpenAPI components and Apifox schemaCollection ids. Check the spelling, or include the referenced schema in the export.");

    public static readonly DiagnosticDescriptor InlineCopyDiffers = Describe(id: "CTR2008", category: Schema, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Inline copy differs from its reference",
        messageFormat: "The schema beside '$ref': '{0}' differs from the referenced schema ({1}); the referenced schema is used",
        description: "Apifox exports can carry an expanded copy of a referenced schema next to its $ref. The $ref is the truth; re-export to refresh the copy.");

    public static readonly DiagnosticDescriptor TypeInferredFromShape = Describe(id: "CTR2009", category: Schema, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Schema without a type generated as an object or array",
        messageFormat: "The schema at '{0}' has no \"type\", and {1} make it {2}: a JSON value of another type is rejected, where JSON Schema would accept it",
        description: "Without \"type\", JSON Schema applies properties, required and additionalProperties only to objects (items only to arrays) and lets values of other types pass; a generated record (list) cannot hold them. Add \"type\": \"object\" (\"array\") to say what is meant, and the warning goes with no change to the generated code.");

    public static readonly DiagnosticDescriptor DefaultBreaksSchema = Describe(id: "CTR2010", category: Schema, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Default breaks its own schema",
        messageFormat: "The default {0} does not fit its own schema ({1}); it is not applied",
        description: "Defaults fill members that are absent, so a default its own schema rejects would make every value that leaves the member out fail validation. The member stays absent instead; fix the default or the limit.");

    public static readonly DiagnosticDescriptor AdditionalPropertiesSeeMergedMembers = Describe(id: "CTR2011", category: Schema, defaultSeverity: DiagnosticSeverity.Warning,
        title: "additionalProperties sees the members merged from allOf",
        messageFormat: "This additionalProperties at '{0}' applies to the members merged from {1}, so it lets {2} through, which JSON Schema would hold to it",
        description: "allOf is generated as one record, so additionalProperties (false, or a schema) beside it or in one part leaves alone every member another part declares. JSON Schema applies it to each schema on its own, where those members are additional. Declare the members next to additionalProperties, or drop it, and both readings agree.");

    public static readonly DiagnosticDescriptor ProseDisagreesWithKeyword = Describe(id: "CTR3001", category: Prose, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Description disagrees with the schema",
        messageFormat: "The schema says {0} = {1} but the description says {2}; the schema keyword is used",
        description: "A limit or default is stated twice, differently. Make the description and the keyword agree.");

    public static readonly DiagnosticDescriptor ProseConstraintUnusable = Describe(id: "CTR3002", category: Prose, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Description states an unusable constraint",
        messageFormat: "The description states {0} = {1}, which does not fit type {2}; it is ignored",
        description: "A limit written in prose does not fit the property's type.");

    public static readonly DiagnosticDescriptor IdentifierRenamed = Describe(id: "CTR4001", category: Naming, defaultSeverity: DiagnosticSeverity.Info,
        title: "Name changed to a valid C# identifier",
        messageFormat: "'{0}' is generated as '{1}'",
        description: "Names from the schema that are not valid or unique C# identifiers are adjusted; the JSON name is unchanged.");

    public static readonly DiagnosticDescriptor InvalidOption = Describe(id: "CTR4002", category: Naming, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Unusable AdditionalFiles metadata",
        messageFormat: "The {0} metadata value '{1}' is not a valid C# name; the derived name is used",
        description: "ContractsNamespace must be a dotted C# namespace and ContractsClientName a C# identifier.");

    public static readonly DiagnosticDescriptor DuplicateOutput = Describe(id: "CTR4003", category: Naming, defaultSeverity: DiagnosticSeverity.Error,
        title: "Two schema files produce the same output",
        messageFormat: "Another schema file already produced '{0}'; rename one of the files",
        description: "The command-line tool writes each schema file's sources into a folder named after the file; two files with the same name in different folders collide there. In a build, the generator numbers such files instead.");

    public static readonly DiagnosticDescriptor RepeatedFile = Describe(id: "CTR4004", category: Naming, defaultSeverity: DiagnosticSeverity.Warning,
        title: "Schema file listed twice",
        messageFormat: "'{0}' is listed more than once in AdditionalFiles; it is generated once",
        description: "Remove the repeated AdditionalFiles item.");

    public static readonly DiagnosticDescriptor SelectionMatchesNothing = Describe(id: "CTR4005", category: Naming, defaultSeverity: DiagnosticSeverity.Warning,
        title: "A filter pattern matches nothing",
        messageFormat: "The {0} pattern '{1}' matches no {2} in this file",
        description: "Check the pattern for a typo: folder, tag and operation-id patterns are compared with the file's own names, paths start with '/', and ContractsKeepSchemas names named schemas.");

    public static readonly DiagnosticDescriptor MissingReference = Describe(id: "CTR5001", category: Emission, defaultSeverity: DiagnosticSeverity.Error,
        title: "A reference the generated code needs is missing",
        messageFormat: "The generated code needs {0}",
        description: "Reference the Contracts.Runtime package and System.Text.Json 8.0 or later.");

    public static readonly DiagnosticDescriptor AuthorizationParameterIgnored = Describe(id: "CTR5010", category: Emission, defaultSeverity: DiagnosticSeverity.Info,
        title: "A declared Authorization header parameter is not a method parameter",
        messageFormat: "{0} declares an 'Authorization' header parameter; the client sends credentials from its security settings instead ({1})",
        description: "OpenAPI says a header parameter named Authorization is ignored: credentials come from the document's security schemes. The generated method has no such parameter; set ContractsClientOptions.ApiKey, Credentials or TokenProvider, or ContractsRequestOptions.Credential for one call.");

    public static readonly DiagnosticDescriptor ConstantBreaksLimit = Describe(id: "CTR6001", category: Usage, defaultSeverity: DiagnosticSeverity.Warning,
        title: "A constant breaks the limits of a generated member",
        messageFormat: "{0} = {1} breaks {2}, from {3}; Validate() would reject it",
        description: "A constant written into a member of a generated type (object initialiser, with expression, property set, constructor argument, or a string converted to a generated string enum) is outside the limits the schema states, in a keyword or in the description. The generated validation, or the server, would refuse it at run time. Use a value within the limit; the generated constants (such as NumOutputsMaximum) name the limits.");

    private static DiagnosticDescriptor Describe(string id, string category, DiagnosticSeverity defaultSeverity, string title, string messageFormat, string description)
        => new(id, title, messageFormat, category, defaultSeverity, isEnabledByDefault: true, description, HelpLinkBase + id.ToLowerInvariant());
}
