using System.Collections.Generic;
using Contracts.Generator.Selection;
using Contracts.Tool.Diff.Outputs;
using Contracts.Tool.Diff.Policy;

namespace Contracts.Tool.Diff;

/// <summary>Everything <c>contracts diff</c> was asked, independent of the command-line library.</summary>
/// <param name="Sides">OLD and NEW, or one PATH when <paramref name="Base"/> is set.</param>
/// <param name="IgnoreFile">An explicit ignore file; null looks for <see cref="IgnoreList.DefaultFileName"/> in the current folder.</param>
internal sealed record DiffRequest(
    IReadOnlyList<string> Sides,
    string? Base,
    ReportFormat Format,
    string? OutputFile,
    FailOn FailOn,
    string? IgnoreFile,
    IReadOnlyList<string> Levels,
    string? TokenVariable)
{
    /// <summary>Only the operations these filters keep are compared (--include, --exclude, --keep-schema), on both sides.</summary>
    public OperationSelection Selection { get; init; } = OperationSelection.All;
}
