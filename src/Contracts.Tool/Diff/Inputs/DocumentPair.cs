using Contracts.Generator.Model;

namespace Contracts.Tool.Diff.Inputs;

/// <summary>The two readings of one schema file; a side is null when the file is not there (or is no API description).</summary>
internal sealed record DocumentPair(string Name, ApiDocument? Before, ApiDocument? After);
