namespace Contracts.Tool.Diff.Rules;

/// <summary>
/// One change to a value's schema, written once and expanded over the three places a value lives: a request parameter,
/// a request body property and a response body property. Explanations name no place, so each reads right in all three.
/// </summary>
internal sealed record ValueRuleRow(
    ValueChange Change,
    RuleKind Kind,
    RuleAction Action,
    string Aspect,
    RuleLevel RequestLevel,
    string RequestExplanation,
    RuleLevel ResponseLevel,
    string ResponseExplanation,
    RuleExample Example);
