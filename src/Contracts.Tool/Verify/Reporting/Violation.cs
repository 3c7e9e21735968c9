using Contracts.Tool.Diff.Engine;

namespace Contracts.Tool.Verify.Reporting;

/// <summary>
/// One place where recorded traffic breaks the schema: the entry (index, start time, method, URL with secrets masked),
/// the operation, which part of the exchange (request body, a parameter, the response body for a status), the JSON
/// Pointer inside it, the keyword with the expected and actual values, and where the schema states the rule.
/// </summary>
internal sealed record Violation(
    int Entry,
    string StartedDateTime,
    string Method,
    string Url,
    string Operation,
    string Part,
    string Pointer,
    string Keyword,
    string? Expected,
    string? Actual,
    string Message,
    SourceLocation? Location,
    string Origin)
{
    /// <summary>"request body /input/num_outputs: must be at most 8 (was 9)."</summary>
    public string Sentence => Part + " " + (Pointer.Length == 0 ? "/" : Pointer) + ": " + Message;
}
