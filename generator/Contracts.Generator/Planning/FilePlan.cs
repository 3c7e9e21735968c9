using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Planning;

/// <summary>Everything to emit for one schema file: names decided, types chosen, diagnostics collected.</summary>
internal sealed record FilePlan(
    string FilePath,
    string Namespace,
    string HintPrefix,
    string Title,
    string ClientName,
    string ContextName,
    EquatableArray<RecordPlan> Records,
    EquatableArray<EnumPlan> Enums,
    EquatableArray<UnionPlan> Unions,
    EquatableArray<ResultPlan> Results,
    EquatableArray<OperationPlan> Operations,
    EquatableArray<FolderPlan> Folders,
    EquatableArray<TypeRef> RootTypes,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The client's interface, <c>I{ClientName}</c>, which the client implements.</summary>
    public string InterfaceName { get; init; } = "";

    /// <summary>The client's own options type, deriving from ContractsClientOptions.</summary>
    public string OptionsName { get; init; } = "";

    /// <summary>The static class with <c>services.Add{ClientName}()</c>, emitted when the project references the HttpClient factory.</summary>
    public string ExtensionsName { get; init; } = "";

    /// <summary>The logging hooks of the client, emitted when the project references Microsoft.Extensions.Logging.Abstractions.</summary>
    public string LoggingName { get; init; } = "";

    /// <summary>The security schemes the document declares, as fields of the client.</summary>
    public EquatableArray<SecuritySchemePlan> SecuritySchemes { get; init; } = EquatableArray<SecuritySchemePlan>.Empty;
}
