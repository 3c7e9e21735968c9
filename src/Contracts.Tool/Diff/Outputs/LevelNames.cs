using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Outputs;

/// <summary>How each format spells a level.</summary>
internal static class LevelNames
{
    public static string Text(RuleLevel level) => level switch
    {
        RuleLevel.Breaking => "breaking",
        RuleLevel.Warning => "warning",
        _ => "info",
    };

    public static string Sarif(RuleLevel level) => level switch
    {
        RuleLevel.Breaking => "error",
        RuleLevel.Warning => "warning",
        _ => "note",
    };

    public static string GitHub(RuleLevel level) => level switch
    {
        RuleLevel.Breaking => "error",
        RuleLevel.Warning => "warning",
        _ => "notice",
    };
}
