using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Model;
using Contracts.Generator.Reading;
using Contracts.Generator.Reading.Json;

namespace Contracts.Tests.Reading;

/// <summary>
/// OpenAPI-style named schemas for converter tests: each member of <c>{"A": {...}}</c> is registered under key "A" and
/// referenced as "#/components/schemas/A".
/// </summary>
internal sealed class NamedSchemaFixture
{
    private const string Prefix = "#/components/schemas/";

    public NamedSchemaFixture(string components = "{}")
    {
        Registry = new SchemaRegistry(r => r.StartsWith(Prefix, System.StringComparison.Ordinal) ? r.Substring(Prefix.Length) : null);
        Converter = new SchemaConverter("s.json", Diagnostics, Registry);
        Registry.Attach(Converter);
        var root = (JsonObjectNode)LocatedJsonParser.Parse(components).Root!;
        foreach (var member in root.Members) Registry.Register(member.Name, member.Name, member.Value, "");
    }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public SchemaRegistry Registry { get; }

    public SchemaConverter Converter { get; }

    public Schema Named(string key) => Registry.GetSchema(key)!;

    public Schema Convert(string json) => Converter.Convert(LocatedJsonParser.Parse(json).Root!);

    /// <summary>Every named schema converted, then the diagnostics as "ID args|args".</summary>
    public string[] AllDiagnostics()
    {
        Registry.ToNamedSchemas();
        return Diagnostics.Select(d => d.Id + " " + string.Join("|", d.Arguments)).ToArray();
    }

    public static string[] Names(Schema schema) => schema.Properties.Select(p => p.JsonName).ToArray();

    public static string[] RequiredNames(Schema schema) => schema.Properties.Where(p => p.Required).Select(p => p.JsonName).ToArray();

    public static Schema Member(Schema schema, string name) => schema.Properties.Single(p => p.JsonName == name).Schema;
}
