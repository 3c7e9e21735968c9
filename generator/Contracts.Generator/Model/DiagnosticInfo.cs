using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;

namespace Contracts.Generator.Model;

/// <summary>A diagnostic as plain values (a catalogue entry, message arguments, file and span), so it can be cached.</summary>
internal sealed record DiagnosticInfo(DiagnosticId Id, string FilePath, SourceSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticId id, string filePath, SourceSpan span, params string[] arguments)
        => new(id, filePath, span, new EquatableArray<string>(arguments));
}
