namespace Contracts.Generator.Analysis;

/// <summary>Where a limit was written, as the constant's documentation tells.</summary>
internal enum LimitSource
{
    /// <summary>No documentation to tell (a type from a referenced assembly built without its XML file).</summary>
    Unknown,
    Keyword,
    Description,
}
