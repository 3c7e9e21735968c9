using System.Collections.Generic;
using System.Globalization;

namespace Contracts.Tool.Verify.Reporting;

/// <summary>What one run of <c>contracts verify</c> found, for every output format.</summary>
internal sealed record VerifyReport(
    string Schemas,
    string Recording,
    int Entries,
    int Matched,
    IReadOnlyList<Violation> Violations,
    IReadOnlyList<EntryNote> Unmatched,
    IReadOnlyList<EntryNote> Unchecked,
    bool ListUnmatched)
{
    public bool Fails => Violations.Count > 0;

    /// <summary>"2 violations in 5 entries (4 matched, 1 unmatched, 1 part not checked)".</summary>
    public string Summary
    {
        get
        {
            var violations = Violations.Count == 0 ? "no violations" : Count(Violations.Count, "violation");
            var rest = $"{Count(Entries, "entry", "entries")}: {Matched.ToString(CultureInfo.InvariantCulture)} matched, {Unmatched.Count.ToString(CultureInfo.InvariantCulture)} unmatched";
            if (Unchecked.Count > 0) rest += ", " + Count(Unchecked.Count, "part") + " not checked";
            return $"{violations} in {rest}";
        }
    }

    private static string Count(int count, string one, string? many = null)
        => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many ?? one + "s");
}
