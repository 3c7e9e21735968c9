using System.Collections.Generic;
using System.Linq;

namespace Contracts.Tests.Conformance;

/// <summary>One suite instance and the generated code's verdict on it.</summary>
public sealed record CaseOutcome(SuiteCase Case, Verdict Verdict)
{
    public bool Agrees => Verdict.Valid == Case.Valid;
}

/// <summary>A suite schema's outcomes, and what the generator reported as not enforced about it.</summary>
public sealed record GroupOutcome(SuiteGroup Group, IReadOnlyList<string> NotEnforced, IReadOnlyList<CaseOutcome> Cases);

/// <summary>Runs one suite file: all its schemas in one compilation, every instance through the generated code.</summary>
public static class SuiteRunner
{
    /// <summary>
    /// Diagnostics that say the generated code departs from part of a schema: type "null" read as any JSON (CTR2001), an
    /// unsupported keyword (CTR2005), an unusable keyword value (CTR2006), a reference to nothing the generator can
    /// resolve (CTR2007), a schema with no type generated as an object or array (CTR2009), additionalProperties applied
    /// to the members merged from allOf (CTR2011).
    /// </summary>
    public static readonly string[] NotEnforcedIds = { "CTR2001", "CTR2005", "CTR2006", "CTR2007", "CTR2009", "CTR2011" };

    public static IReadOnlyList<GroupOutcome> Run(string draft, string keyword)
    {
        var groups = SuiteFiles.Load(draft, keyword);
        var version = draft == "draft4" ? "3.0.3" : "3.1.0";
        using var batch = SchemaBatch.Compile(groups.Select(g => WrappedDocument.Create(g.Schema, version)).ToList());
        return groups.Select((group, index) => new GroupOutcome(
            group,
            batch.DiagnosticsOf(index).Where(d => NotEnforcedIds.Contains(d.Id)).Select(d => d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            group.Cases.Select(test => new CaseOutcome(test, batch.Check(index, WrappedDocument.Instance(test.Data)))).ToList())).ToList();
    }
}
