using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>All sources for one schema file: a file per record, the JSON context and the client.</summary>
internal static class FileEmitter
{
    public static EquatableArray<GeneratedSource> Emit(FilePlan plan)
    {
        var sources = new List<GeneratedSource>();
        var context = new FileLookups(plan);
        var hintNames = new HintNames(plan.HintPrefix);
        foreach (var record in plan.Records)
        {
            sources.Add(new GeneratedSource(hintNames.For(record.Name), RecordEmitter.Emit(context, record)));
        }
        foreach (var enumPlan in plan.Enums)
        {
            sources.Add(new GeneratedSource(hintNames.For(enumPlan.Name), enumPlan.IsInteger ? IntegerEnumEmitter.Emit(plan, enumPlan) : EnumEmitter.Emit(plan, enumPlan)));
        }
        foreach (var union in plan.Unions)
        {
            sources.Add(new GeneratedSource(hintNames.For(union.Name), UnionEmitter.Emit(context, union)));
        }
        foreach (var result in plan.Results)
        {
            sources.Add(new GeneratedSource(hintNames.For(result.Name), ResultEmitter.Emit(plan, result)));
        }
        foreach (var headers in plan.ResponseHeaderTypes)
        {
            sources.Add(new GeneratedSource(hintNames.For(headers.ClassName), ResponseHeadersEmitter.Emit(plan, headers)));
        }
        sources.Add(new GeneratedSource(hintNames.For(plan.ContextName), JsonContextEmitter.Emit(context)));
        if (!plan.Operations.IsEmpty)
        {
            sources.Add(new GeneratedSource(hintNames.For(plan.ClientName), ClientEmitter.Emit(context)));
        }
        return sources.ToEquatableArray();
    }

    /// <summary>
    /// Hint names are compared ignoring case (file systems may), while C# type names are not: "User" and "USER" are two
    /// types, so the second gets a numbered file name rather than colliding.
    /// </summary>
    private sealed class HintNames
    {
        private readonly string _prefix;
        private readonly HashSet<string> _taken = new(System.StringComparer.OrdinalIgnoreCase);

        public HintNames(string prefix) => _prefix = prefix;

        public string For(string typeName)
        {
            var name = _prefix + "." + typeName + ".g.cs";
            for (var n = 2; !_taken.Add(name); n++)
            {
                name = _prefix + "." + typeName + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
            }
            return name;
        }
    }
}
