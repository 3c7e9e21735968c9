namespace Contracts.Tool.Diff.Rules;

/// <summary>How the fact changed. Added/Removed and Increased/Decreased mirror each other; Changed mirrors itself.</summary>
internal enum RuleAction
{
    Added,
    Removed,
    Increased,
    Decreased,
    Changed,
}
