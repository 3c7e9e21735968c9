using System.Collections.Generic;

namespace Contracts.Tests.Harness;

/// <summary>One schema file handed to the generator as an AdditionalFile, with its optional per-file metadata.</summary>
/// <param name="Path">The file path the generator sees (also used to find the file again when replacing it).</param>
/// <param name="Text">The file's content.</param>
/// <param name="Namespace">Value of the <c>ContractsNamespace</c> item metadata, or null when not set.</param>
/// <param name="ClientName">Value of the <c>ContractsClientName</c> item metadata, or null when not set.</param>
/// <param name="DefaultItem">True for an item of the package's default globs (<c>ContractsDefaultItem="true"</c>); false for one the project lists.</param>
public sealed record SchemaInput(string Path, string Text, string? Namespace = null, string? ClientName = null, bool DefaultItem = false)
{
    /// <summary>Any other item metadata by name (such as <c>ContractsInclude</c>), as MSBuild passes it.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
