namespace Contracts.Tool.Diff.Policy;

/// <summary>One line of an ignore file: rule ID glob, target glob, the reason after '#', and its line number for messages.</summary>
internal sealed record IgnoreEntry(string Rule, string Target, string? Reason, int Line);
