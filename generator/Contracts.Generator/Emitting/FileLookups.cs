using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>Lookups derived from a file's plan, computed once per file so emission stays linear in the number of types.</summary>
internal sealed class FileLookups
{
    public FileLookups(FilePlan file)
    {
        File = file;
        ContextProperties = JsonContextPropertyNames.For(file);
        foreach (var union in file.Unions) Unions[Qualified(union.Name)] = union;
        foreach (var record in file.Records) Records[Qualified(record.Name)] = record;
        foreach (var result in file.Results) Results[Qualified(result.Name)] = result;
    }

    public FilePlan File { get; }

    /// <summary>The context's JsonTypeInfo property for each record and root type.</summary>
    public Dictionary<TypeRef, string> ContextProperties { get; }

    /// <summary>Unions, records and results by fully qualified name (as TypeRef.RecordName holds it).</summary>
    public Dictionary<string, UnionPlan> Unions { get; } = new();

    public Dictionary<string, RecordPlan> Records { get; } = new();

    public Dictionary<string, ResultPlan> Results { get; } = new();

    /// <summary>"Context.Default.Property" for a type with a JsonTypeInfo in the context.</summary>
    public string TypeInfo(TypeRef type) => File.ContextName + ".Default." + ContextProperties[type];

    private string Qualified(string name) => Aliases.OwnType(name);
}
