using System.Collections.Generic;
using Contracts.Tool.Diff.Outputs;

namespace Contracts.Tool.Verify;

/// <summary>Everything <c>contracts verify</c> was asked, independent of the command-line library.</summary>
/// <param name="Schemas">Schema files or folders of them; their operations together are what the traffic is matched against.</param>
/// <param name="BasePath">A server prefix every recorded path must start with (stripped before matching); null finds it per entry.</param>
internal sealed record VerifyRequest(
    IReadOnlyList<string> Schemas,
    string Har,
    string? BasePath,
    ReportFormat Format,
    string? OutputFile,
    bool ListUnmatched);
