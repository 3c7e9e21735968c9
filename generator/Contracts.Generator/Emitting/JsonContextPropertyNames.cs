using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Naming;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>Names of the context's JsonTypeInfo properties: one per record, then one per non-record root type.</summary>
internal static class JsonContextPropertyNames
{
    public static Dictionary<TypeRef, string> For(FilePlan file)
    {
        var members = new NameScope("Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "Create", JsonContextEmitter.TypeInfoMethod, file.ContextName);
        var names = new Dictionary<TypeRef, string>();
        foreach (var record in file.Records)
        {
            names[RecordType(file, record)] = members.Claim(record.Name);
        }
        foreach (var root in file.RootTypes)
        {
            if (root.Kind == ValueKind.Record || names.ContainsKey(root)) continue;
            names[root] = members.Claim(Identifier.ToPascalCase(DisplayName(root), "Value"));
        }
        return names;
    }

    public static TypeRef RecordType(FilePlan file, RecordPlan record)
        => new(ValueKind.Record, false, RecordName: Aliases.OwnType(record.Name));

    private static string DisplayName(TypeRef type) => type.Kind switch
    {
        ValueKind.List => "ListOf" + DisplayName(type.Element!),
        ValueKind.Map => "MapOf" + DisplayName(type.Element!),
        ValueKind.Record => type.RecordName!.Substring(type.RecordName.LastIndexOf('.') + 1),
        ValueKind.Any => "JsonElement",
        _ => type.Kind.ToString(),
    };
}
