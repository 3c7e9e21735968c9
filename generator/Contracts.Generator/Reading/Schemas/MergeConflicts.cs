namespace Contracts.Generator.Reading.Schemas;

/// <summary>What a merge could not reconcile, for the caller to report once.</summary>
internal sealed class MergeConflicts
{
    /// <summary>"object vs string" when parts disagree on the type; the first type is kept.</summary>
    public string? Type { get; set; }

    /// <summary>True when two different patterns met; only the first is kept and enforced.</summary>
    public bool SecondPattern { get; set; }
}
