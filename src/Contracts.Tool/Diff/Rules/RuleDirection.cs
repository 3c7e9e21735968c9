namespace Contracts.Tool.Diff.Rules;

/// <summary>Which way the changed data travels; <see cref="Operation"/> for changes to the operation as a whole.</summary>
internal enum RuleDirection
{
    Operation,
    Request,
    Response,
}
