namespace Contracts.Tool.Diff.Rules;

/// <summary>How much a change matters to callers, lowest first (the order <c>--fail-on</c> compares).</summary>
internal enum RuleLevel
{
    Info,
    Warning,
    Breaking,
}
