namespace Contracts.Generator.Diagnostics;

/// <summary>Stable diagnostic IDs. Ranges: 1xxx input, 2xxx schema, 3xxx prose constraints, 4xxx naming, 5xxx emission and environment.</summary>
internal static class DiagnosticIds
{
    /// <summary>Error. A JSON block is malformed. Args: section, reader message.</summary>
    public const string MalformedJson = "CTR1001";
    /// <summary>Error. The generator met an unexpected exception. Args: file, exception type and message.</summary>
    public const string UnexpectedException = "CTR1002";
    /// <summary>Warning. A field has the wrong JSON type and was skipped. Args: field path, expected, found.</summary>
    public const string WrongJsonType = "CTR1003";
    /// <summary>Error. The page lacks something it cannot do without (method or path). Args: what is missing.</summary>
    public const string MissingPart = "CTR1004";
    /// <summary>Warning. The file is YAML, which the generator does not read (the command-line tool converts it). Args: file name.</summary>
    public const string YamlNotRead = "CTR1006";
    /// <summary>Warning. A key appears twice in one JSON object; the last one is used. Args: key.</summary>
    public const string DuplicateKey = "CTR1007";
    /// <summary>Warning. Nesting deeper than the reader allows. Args: the limit.</summary>
    public const string NestingTooDeep = "CTR1005";

    /// <summary>Warning. A property is declared with type "null" only; it is generated to hold any JSON. Args: JSON Pointer.</summary>
    public const string NullOnlyType = "CTR2001";
    /// <summary>Warning. An example does not match its schema. Args: example name, first mismatch.</summary>
    public const string ExampleMismatch = "CTR2002";
    /// <summary>Warning. An example has a member its schema does not declare. Args: example name, JSON Pointer of the member.</summary>
    public const string ExampleUndeclaredMember = "CTR2003";
    /// <summary>Warning. An example is not valid JSON. Args: example name, reader message.</summary>
    public const string ExampleNotJson = "CTR2004";
    /// <summary>Warning. A keyword is not supported and is not enforced. Args: keyword, JSON Pointer.</summary>
    public const string UnsupportedKeyword = "CTR2005";
    /// <summary>Warning. A keyword's value is unusable (e.g. minimum is a string). Args: keyword, value, reason.</summary>
    public const string InvalidKeywordValue = "CTR2006";

    /// <summary>Warning. A "$ref" points at nothing the document defines; the value is generated as any JSON. Args: reference, JSON Pointer.</summary>
    public const string UnresolvedReference = "CTR2007";
    /// <summary>Warning. A "$ref" carries an inline copy of its target that differs from it; the "$ref" wins. Args: reference, first difference.</summary>
    public const string InlineCopyDiffers = "CTR2008";
    /// <summary>Warning. A schema with no "type" is generated as an object (array) because of its object keywords (items), so other JSON types are rejected. Args: JSON Pointer, keyword, "an object" or "an array".</summary>
    public const string TypeInferredFromShape = "CTR2009";
    /// <summary>Warning. A default breaks its own schema (e.g. shorter than minLength); it is not applied. Args: default, first mismatch.</summary>
    public const string DefaultBreaksSchema = "CTR2010";
    /// <summary>Warning. additionalProperties beside allOf (or in a part) applies to the merged members, so it lets other parts' members through. Args: JSON Pointer, keyword, member names.</summary>
    public const string AdditionalPropertiesSeeMergedMembers = "CTR2011";

    /// <summary>Warning. A keyword and the description's prose disagree; the keyword wins. Args: keyword, keyword value, prose value.</summary>
    public const string ProseDisagreesWithKeyword = "CTR3001";
    /// <summary>Warning. Prose states a constraint that does not fit the property's type. Args: constraint, value, type.</summary>
    public const string ProseConstraintUnusable = "CTR3002";

    /// <summary>Info. A name from the schema was changed to a valid, unique C# identifier. Args: original, identifier.</summary>
    public const string IdentifierRenamed = "CTR4001";

    /// <summary>Warning. An AdditionalFiles metadata value is not usable; the derived value is used. Args: metadata name, value.</summary>
    public const string InvalidOption = "CTR4002";
    /// <summary>Error. Two schema files would write the same generated file (the tool's output folders). Args: file name.</summary>
    public const string DuplicateOutput = "CTR4003";
    /// <summary>Warning. The same path is listed twice in AdditionalFiles; it is generated once. Args: path.</summary>
    public const string RepeatedFile = "CTR4004";

    /// <summary>Error. The compilation lacks what generated code needs. Args: what is missing.</summary>
    public const string MissingReference = "CTR5001";

    /// <summary>Warning. A part of a Markdown export could not be read and is skipped. Args: what it is, why.</summary>
    public const string MarkdownPartSkipped = "CTR1008";
    /// <summary>Warning. A file listed by name is in no format the generator reads. Args: file name, what it looks like, the formats read.</summary>
    public const string UnrecognisedFile = "CTR1009";
}
