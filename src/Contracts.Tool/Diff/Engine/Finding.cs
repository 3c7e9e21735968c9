using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// One reported change. <paramref name="Level"/> starts as the rule's and may be overridden; <paramref name="Pointer"/>
/// is the JSON Pointer inside the place's value ("" for the value itself).
/// </summary>
/// <param name="Document">The schema file pair's name (the file name matched across sides).</param>
/// <param name="Operation">"METHOD /path" as the new side writes it (the old side's when the operation was removed).</param>
internal sealed record Finding(
    Rule Rule,
    RuleLevel Level,
    string Document,
    string Operation,
    Place Place,
    string Pointer,
    string Detail,
    SourceLocation? Before,
    SourceLocation? After)
{
    /// <summary>
    /// The old side for something that no longer exists (an operation, a member, a status); the new side for everything
    /// else, including limits and values removed from something still there. Whichever side exists otherwise.
    /// </summary>
    public SourceLocation? Location => Rule.Kind == RuleKind.Existence && Rule.Action == RuleAction.Removed ? Before ?? After : After ?? Before;

    /// <summary>The place and pointer as one phrase: "request body /input/num_outputs", "query parameter page".</summary>
    public string Where => Place.Label.Length == 0 ? Pointer : Pointer.Length == 0 ? Place.Label : Place.Label + " " + Pointer;

    /// <summary>One line for annotations and SARIF: what changed where, then the rule's explanation.</summary>
    public string Sentence => $"{Operation}{(Where.Length == 0 ? "" : " " + Where)}: {Detail}. {Rule.Explanation}";
}
