using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Diagnostics;

/// <summary>
/// A diagnostic the generator can report, as a plain value a cached model can hold (no Roslyn object inside); its
/// descriptor is looked up only when it is reported. The constructor is private and takes a catalogue descriptor, so
/// the entries below are all there are: an unknown ID cannot be written. Arguments are listed in each summary.
/// </summary>
internal sealed class DiagnosticId
{
    // Static state, not part of any model value; declared first, since static fields are initialised in text order.
    private static readonly List<DiagnosticId> Catalogue = new();
    private static readonly Dictionary<DiagnosticId, DiagnosticDescriptor> Descriptors = new();

    private DiagnosticId(DiagnosticDescriptor descriptor)
    {
        Code = descriptor.Id;
        Level = descriptor.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => DiagnosticLevel.Error,
            DiagnosticSeverity.Warning => DiagnosticLevel.Warning,
            _ => DiagnosticLevel.Info,
        };
        Catalogue.Add(this);
        Descriptors.Add(this, descriptor);
    }

    /// <summary>Every diagnostic, in ID order.</summary>
    public static IReadOnlyList<DiagnosticId> All => Catalogue;

    /// <summary>The stable ID, such as CTR1001.</summary>
    public string Code { get; }

    /// <summary>The default severity, for callers that sort diagnostics without Roslyn (the command-line tool).</summary>
    public DiagnosticLevel Level { get; }

    /// <summary>The Roslyn descriptor, for reporting; total, since every instance was made from one. A method, not a
    /// property, so that nothing walking a model's properties meets a Roslyn object.</summary>
    public DiagnosticDescriptor ToDescriptor() => Descriptors[this];

    public override string ToString() => Code;

    /// <summary>A JSON block is malformed. Args: section, reader message.</summary>
    public static readonly DiagnosticId MalformedJson = new(DiagnosticDescriptors.MalformedJson);

    /// <summary>The generator met an unexpected exception. Args: file, exception type and message.</summary>
    public static readonly DiagnosticId UnexpectedException = new(DiagnosticDescriptors.UnexpectedException);

    /// <summary>A field has the wrong JSON type and was skipped. Args: field path, expected, found.</summary>
    public static readonly DiagnosticId WrongJsonType = new(DiagnosticDescriptors.WrongJsonType);

    /// <summary>The page lacks something it cannot do without (method or path). Args: what is missing.</summary>
    public static readonly DiagnosticId MissingPart = new(DiagnosticDescriptors.MissingPart);

    /// <summary>Nesting deeper than the reader allows. Args: the limit.</summary>
    public static readonly DiagnosticId NestingTooDeep = new(DiagnosticDescriptors.NestingTooDeep);

    /// <summary>The file is YAML, which the generator does not read (the command-line tool converts it). Args: file name.</summary>
    public static readonly DiagnosticId YamlNotRead = new(DiagnosticDescriptors.YamlNotRead);

    /// <summary>A key appears twice in one JSON object; the last one is used. Args: key.</summary>
    public static readonly DiagnosticId DuplicateKey = new(DiagnosticDescriptors.DuplicateKey);

    /// <summary>A part of a Markdown export could not be read and is skipped. Args: what it is, why.</summary>
    public static readonly DiagnosticId MarkdownPartSkipped = new(DiagnosticDescriptors.MarkdownPartSkipped);

    /// <summary>A file listed by name is in no format the generator reads. Args: file name, what it looks like, the formats read.</summary>
    public static readonly DiagnosticId UnrecognisedFile = new(DiagnosticDescriptors.UnrecognisedFile);

    /// <summary>A YAML schema file is not valid YAML; nothing is generated from it. Args: document kind, problem.</summary>
    public static readonly DiagnosticId MalformedYaml = new(DiagnosticDescriptors.MalformedYaml);

    /// <summary>Valid YAML with no JSON reading (several documents, a collection as a key, an alias bomb). Args: document kind, problem.</summary>
    public static readonly DiagnosticId YamlNotJson = new(DiagnosticDescriptors.YamlNotJson);

    /// <summary>A YAML tag other than the standard ones and "!" is ignored; the value reads by its form. Args: tag.</summary>
    public static readonly DiagnosticId YamlTagIgnored = new(DiagnosticDescriptors.YamlTagIgnored);

    /// <summary>A property is declared with type "null" only; it is generated to hold any JSON. Args: JSON Pointer.</summary>
    public static readonly DiagnosticId NullOnlyType = new(DiagnosticDescriptors.NullOnlyType);

    /// <summary>An example does not match its schema. Args: example name, first mismatch.</summary>
    public static readonly DiagnosticId ExampleMismatch = new(DiagnosticDescriptors.ExampleMismatch);

    /// <summary>An example has a member its schema does not declare. Args: example name, JSON Pointer of the member.</summary>
    public static readonly DiagnosticId ExampleUndeclaredMember = new(DiagnosticDescriptors.ExampleUndeclaredMember);

    /// <summary>An example is not valid JSON. Args: example name, reader message.</summary>
    public static readonly DiagnosticId ExampleNotJson = new(DiagnosticDescriptors.ExampleNotJson);

    /// <summary>A keyword is not supported and is not enforced. Args: keyword, JSON Pointer.</summary>
    public static readonly DiagnosticId UnsupportedKeyword = new(DiagnosticDescriptors.UnsupportedKeyword);

    /// <summary>A keyword's value is unusable (e.g. minimum is a string). Args: keyword, value, reason.</summary>
    public static readonly DiagnosticId InvalidKeywordValue = new(DiagnosticDescriptors.InvalidKeywordValue);

    /// <summary>A "$ref" points at nothing the document defines; the value is generated as any JSON. Args: reference, JSON Pointer.</summary>
    public static readonly DiagnosticId UnresolvedReference = new(DiagnosticDescriptors.UnresolvedReference);

    /// <summary>A "$ref" carries an inline copy of its target that differs from it; the "$ref" wins. Args: reference, first difference.</summary>
    public static readonly DiagnosticId InlineCopyDiffers = new(DiagnosticDescriptors.InlineCopyDiffers);

    /// <summary>A schema with no "type" is generated as an object (array) because of its object keywords (items), so other JSON types are rejected. Args: JSON Pointer, keyword, "an object" or "an array".</summary>
    public static readonly DiagnosticId TypeInferredFromShape = new(DiagnosticDescriptors.TypeInferredFromShape);

    /// <summary>A default breaks its own schema (e.g. shorter than minLength); it is not applied. Args: default, first mismatch.</summary>
    public static readonly DiagnosticId DefaultBreaksSchema = new(DiagnosticDescriptors.DefaultBreaksSchema);

    /// <summary>additionalProperties beside allOf (or in a part) applies to the merged members, so it lets other parts' members through. Args: JSON Pointer, keyword, member names.</summary>
    public static readonly DiagnosticId AdditionalPropertiesSeeMergedMembers = new(DiagnosticDescriptors.AdditionalPropertiesSeeMergedMembers);

    /// <summary>A keyword and the description's prose disagree; the keyword wins. Args: keyword, keyword value, prose value.</summary>
    public static readonly DiagnosticId ProseDisagreesWithKeyword = new(DiagnosticDescriptors.ProseDisagreesWithKeyword);

    /// <summary>Prose states a constraint that does not fit the property's type. Args: constraint, value, type.</summary>
    public static readonly DiagnosticId ProseConstraintUnusable = new(DiagnosticDescriptors.ProseConstraintUnusable);

    /// <summary>A name from the schema was changed to a valid, unique C# identifier. Args: original, identifier.</summary>
    public static readonly DiagnosticId IdentifierRenamed = new(DiagnosticDescriptors.IdentifierRenamed);

    /// <summary>An AdditionalFiles metadata value is not usable; the derived value is used. Args: metadata name, value.</summary>
    public static readonly DiagnosticId InvalidOption = new(DiagnosticDescriptors.InvalidOption);

    /// <summary>Two schema files would write the same generated file (the tool's output folders). Args: file name.</summary>
    public static readonly DiagnosticId DuplicateOutput = new(DiagnosticDescriptors.DuplicateOutput);

    /// <summary>The same path is listed twice in AdditionalFiles; it is generated once. Args: path.</summary>
    public static readonly DiagnosticId RepeatedFile = new(DiagnosticDescriptors.RepeatedFile);

    /// <summary>An include, exclude or keep-schemas pattern matches nothing in its file. Args: metadata name, pattern, what it looks for.</summary>
    public static readonly DiagnosticId SelectionMatchesNothing = new(DiagnosticDescriptors.SelectionMatchesNothing);

    /// <summary>The compilation lacks what generated code needs. Args: what is missing.</summary>
    public static readonly DiagnosticId MissingReference = new(DiagnosticDescriptors.MissingReference);

    /// <summary>A declared Authorization header parameter is left out of the method; credentials come from the security settings. Args: operation, where they come from.</summary>
    public static readonly DiagnosticId AuthorizationParameterIgnored = new(DiagnosticDescriptors.AuthorizationParameterIgnored);

    /// <summary>A constant in the consumer's code breaks a generated member's limit (reported by the analyzer). Args: member, value, limit, where it comes from.</summary>
    public static readonly DiagnosticId ConstantBreaksLimit = new(DiagnosticDescriptors.ConstantBreaksLimit);
}
