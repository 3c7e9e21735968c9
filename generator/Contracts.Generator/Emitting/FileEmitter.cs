using System.Collections.Generic;
using Contracts.Generator.Emitting.Plan;
using Contracts.Generator.Helpers;

namespace Contracts.Generator.Emitting;

/// <summary>All sources for one schema file: a file per record, the JSON context and the client.</summary>
internal static class FileEmitter
{
    public static EquatableArray<GeneratedSource> Emit(FilePlan plan)
    {
        var sources = new List<GeneratedSource>();
        var context = new EmitContext(plan);
        foreach (var record in plan.Records)
        {
            sources.Add(new GeneratedSource(HintName(plan, record.Name), RecordEmitter.Emit(context, record)));
        }
        foreach (var enumPlan in plan.Enums)
        {
            sources.Add(new GeneratedSource(HintName(plan, enumPlan.Name), EnumEmitter.Emit(plan, enumPlan)));
        }
        foreach (var union in plan.Unions)
        {
            sources.Add(new GeneratedSource(HintName(plan, union.Name), UnionEmitter.Emit(context, union)));
        }
        foreach (var result in plan.Results)
        {
            sources.Add(new GeneratedSource(HintName(plan, result.Name), ResultEmitter.Emit(plan, result)));
        }
        sources.Add(new GeneratedSource(HintName(plan, plan.ContextName), ContextEmitter.Emit(context)));
        if (!plan.Operations.IsEmpty)
        {
            sources.Add(new GeneratedSource(HintName(plan, plan.ClientName), ClientEmitter.Emit(context)));
        }
        return sources.ToEquatableArray();
    }

    private static string HintName(FilePlan plan, string typeName) => plan.HintPrefix + "." + typeName + ".g.cs";
}
