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
    /// <summary>The schema's first absolute server, used when the HttpClient has no BaseAddress; null when it names none.</summary>
    public string? DefaultServer { get; init; }
}
