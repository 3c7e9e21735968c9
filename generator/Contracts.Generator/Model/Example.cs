namespace Contracts.Generator.Model;

/// <summary>A named example; <paramref name="Json"/> is its text as given (it may be invalid JSON).</summary>
internal sealed record Example(string Name, string Json, SourceSpan Span);
