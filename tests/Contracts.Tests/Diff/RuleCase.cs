namespace Contracts.Tests.Diff;

/// <summary>A before/after pair that must produce exactly one finding, of <paramref name="RuleId"/>, at <paramref name="Pointer"/>.</summary>
internal sealed record RuleCase(string RuleId, string Before, string After, string Pointer = "");
