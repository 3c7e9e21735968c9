namespace Contracts.Tool.Verify.Reporting;

/// <summary>An entry, or part of one, that was not checked, and why (no operation matches, a body that is not JSON, …).</summary>
internal sealed record EntryNote(int Entry, string StartedDateTime, string Method, string Url, string Reason);
