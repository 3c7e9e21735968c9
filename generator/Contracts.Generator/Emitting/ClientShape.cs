using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// The little of a file's plan the extras depending on the project's references need (names only), kept apart from the
/// file's sources so a reference change re-emits only the extras.
/// </summary>
internal sealed record ClientShape(
    string FilePath,
    string HintPrefix,
    string Namespace,
    string ClientName,
    string InterfaceName,
    string OptionsName,
    string ExtensionsName,
    string LoggingName,
    EquatableArray<SecuritySchemePlan> SecuritySchemes)
{
    public static ClientShape? Of(FilePlan plan) => plan.Operations.IsEmpty
        ? null
        : new(plan.FilePath, plan.HintPrefix, plan.Namespace, plan.ClientName, plan.InterfaceName, plan.OptionsName, plan.ExtensionsName, plan.LoggingName, plan.SecuritySchemes);
}
