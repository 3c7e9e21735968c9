using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>
/// The operations of one top-level folder (Apifox folder, x-apifox-folder, or first tag): a property on the client
/// (<paramref name="PropertyName"/>) whose nested class (<paramref name="ClassName"/>) holds their methods.
/// </summary>
internal sealed record FolderPlan(string Folder, string PropertyName, string ClassName, EquatableArray<int> OperationIndexes)
{
    /// <summary>The folder's interface, nested in the client like its class, which the class implements.</summary>
    public string InterfaceName { get; init; } = "";
}
