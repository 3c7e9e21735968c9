using Contracts.Generator.Helpers;

namespace Contracts.Generator.Model;

/// <summary>Everything read from one schema file, with the findings made while reading it.</summary>
internal sealed record ApiDocument(
    string FilePath,
    SourceFormat Format,
    string Title,
    EquatableArray<Operation> Operations,
    EquatableArray<DiagnosticInfo> Diagnostics);
