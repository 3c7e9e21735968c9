using System;
using System.Collections.Generic;

namespace Contracts.Tests.Conformance;

/// <summary>Why the generated code disagrees with the suite on purpose (or for a reason reported elsewhere).</summary>
public enum DeviationReason
{
    /// <summary>With no "type", properties/required/additionalProperties (items) make the value an object (array).</summary>
    InferredType,
    /// <summary>Two or more types in "type" are read as any JSON; the type test is not made.</summary>
    SeveralTypes,
    /// <summary>A member with no type reads JSON null as absent, so the wrapper's required "v" is missing.</summary>
    NullReadAsAbsent,
    /// <summary>Defaults fill absent members and are validated like sent values.</summary>
    DefaultApplied,
    /// <summary>allOf parts are merged into one schema, so the outer additionalProperties sees their members.</summary>
    AllOfMerged,
}

/// <summary>Suite cases the generated code disagrees with, and why; <paramref name="File"/> is "draft/keyword" or "*/keyword" for both drafts.</summary>
public sealed record Deviation(string File, string Group, DeviationReason Reason, params string[] Cases)
{
    public bool Covers(string draft, string keyword, string group, string @case)
        => (File == "*/" + keyword || File == draft + "/" + keyword) && Group == group && Array.IndexOf(Cases, @case) >= 0;

    public static string Explain(DeviationReason reason) => reason switch
    {
        DeviationReason.InferredType => "A schema with no \"type\" but with properties, required or additionalProperties (items) is generated as a record (list), so a JSON value of another type cannot be read: invalid, where JSON Schema ignores those keywords for other types.",
        DeviationReason.SeveralTypes => "\"type\" with two or more types (other than integer and number) is generated as any JSON (JsonElement) and the type itself is not checked; by design the reader gives no warning (SchemaConverterTests asserts that).",
        DeviationReason.NullReadAsAbsent => "JSON null in a member whose schema has no type is read as absent, so the wrapper's required member fails as missing (the converter's rule: null counts only where the schema allows null).",
        DeviationReason.DefaultApplied => "defaults are applied to absent members (a feature), and the applied value is validated, so a default that breaks its own schema is reported.",
        DeviationReason.AllOfMerged => "allOf is merged into one schema, so additionalProperties beside allOf sees the members its parts declare.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    internal static IEnumerable<DeviationReason> AllReasons => (DeviationReason[])Enum.GetValues(typeof(DeviationReason));
}
