namespace Contracts.Tool.Diff.Policy;

/// <summary>The lowest level that makes the command exit 1; <see cref="Never"/> always exits 0 on a successful comparison.</summary>
internal enum FailOn
{
    Breaking,
    Warning,
    Never,
}
