using Contracts.Generator.Emitting;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator;

/// <summary>What one schema file produced: sources and diagnostics, as cacheable values.</summary>
internal sealed record FileOutput(EquatableArray<GeneratedSource> Sources, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The client's names, for the extras that depend on the project's references; null when the file has no operations.</summary>
    public ClientShape? Client { get; init; }

    public static readonly FileOutput Empty = new(EquatableArray<GeneratedSource>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}
