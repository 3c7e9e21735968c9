namespace Contracts.Tool.Diff.Rules;

/// <summary>A short before/after pair for the README table (schema keywords or operation lines, not whole documents).</summary>
internal sealed record RuleExample(string Before, string After);
