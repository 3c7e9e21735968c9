namespace Contracts.Tool.Diff.Rules;

/// <summary>
/// One entry of the catalogue. <paramref name="Subject"/> and <paramref name="Aspect"/> say what changed ("property" /
/// "maximum"); rules that differ only in direction or in action are each other's mirrors.
/// </summary>
/// <param name="Id">Stable kebab-case ID, used in ignore files, level overrides and reports.</param>
/// <param name="Explanation">One line for the side that calls the API.</param>
internal sealed record Rule(
    string Id,
    RuleLevel Level,
    RuleDirection Direction,
    RuleKind Kind,
    RuleAction Action,
    string Subject,
    string Aspect,
    string Explanation,
    RuleExample Example)
{
    /// <summary>Why no rule of the other direction exists, when none does (the model has nothing to compare there).</summary>
    public string? WhyNoDirectionMirror { get; init; }

    /// <summary>Why no rule of the opposite action exists, when none does.</summary>
    public string? WhyNoActionMirror { get; init; }
}
