using System.Collections.Generic;

namespace Contracts.Tests.Conformance;

/// <summary>
/// Every suite case of a supported keyword that the generated code gets "wrong", with the reason. A case listed here must
/// still disagree (so the list stays true), and a disagreement not listed here fails the suite test.
/// </summary>
public static class KnownDeviations
{
    public static readonly IReadOnlyList<Deviation> All = new[]
    {
        new Deviation("*/additionalProperties", "additionalProperties does not look in applicators", DeviationReason.AllOfMerged, "properties defined in allOf are not examined"),
    };
}
