using System.Collections.Generic;

namespace Contracts.Tests.Conformance;

/// <summary>
/// Every suite case of a supported keyword that the generated code gets "wrong", with the reason. A case listed here must
/// still disagree (so the list stays true), and a disagreement not listed here fails the suite test.
/// </summary>
public static class KnownDeviations
{
    private const string IgnoresArrays = "ignores arrays";
    private const string IgnoresOtherNonObjects = "ignores other non-objects";

    public static readonly IReadOnlyList<Deviation> All = new[]
    {
        new Deviation("*/properties", "object properties validation", DeviationReason.InferredType, IgnoresArrays, IgnoresOtherNonObjects),
        new Deviation("*/properties", "properties whose names are Javascript object property names", DeviationReason.InferredType, IgnoresArrays, IgnoresOtherNonObjects),
        new Deviation("*/required", "required validation", DeviationReason.InferredType, IgnoresArrays, "ignores strings", IgnoresOtherNonObjects, "ignores boolean"),
        new Deviation("*/required", "required validation", DeviationReason.NullReadAsAbsent, "ignores null"),
        new Deviation("*/items", "a schema given for items", DeviationReason.InferredType, "ignores non-arrays", "JavaScript pseudo-array is valid"),
        new Deviation("*/ref", "root pointer ref", DeviationReason.InferredType, "match", "recursive match"),
        new Deviation("*/default", "invalid string value for default", DeviationReason.DefaultApplied, "still valid when the invalid default is used"),
        new Deviation("*/default", "the default keyword does not do anything if the property is missing", DeviationReason.DefaultApplied, "missing properties are not filled in with the default"),
        new Deviation("*/additionalProperties", "additionalProperties does not look in applicators", DeviationReason.AllOfMerged, "properties defined in allOf are not examined"),
    };
}
