using Contracts.Generator.Helpers;

namespace Contracts.Generator.Model;

/// <summary>A diagnostic as plain values (an ID from the catalogue, message arguments, file and span), so it can be cached.</summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, SourceSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(string id, string filePath, SourceSpan span, params string[] arguments)
        => new(id, filePath, span, new EquatableArray<string>(arguments));
}
