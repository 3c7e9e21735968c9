namespace Contracts.Tool;

/// <summary>Process exit codes, so scripts and CI can tell a schema problem from a usage problem.</summary>
internal static class ExitCodes
{
    /// <summary>Done; warnings may have been printed.</summary>
    public const int Success = 0;

    /// <summary>At least one error diagnostic was reported for a schema file.</summary>
    public const int ErrorDiagnostics = 1;

    /// <summary>Bad command line, or an input that cannot be read (missing file, malformed YAML, I/O failure).</summary>
    public const int BadUsage = 2;
}
