namespace Contracts.Generator.Diagnostics;

/// <summary>A diagnostic's default severity as a plain value; Roslyn's own enum stays out of the model.</summary>
internal enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}
