using System.Collections.Generic;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>
/// Reads an OpenAPI discriminator: <c>{propertyName, mapping: {value: "$ref" or schema name}}</c>, with mapping targets
/// resolved to named-schema keys. "$ref" alternatives the mapping does not name get the implicit value: their key.
/// </summary>
internal sealed class DiscriminatorReader
{
    private const string ComponentsPrefix = "#/components/schemas/";

    private readonly SchemaReporter _report;
    private readonly ReferenceLookup _lookup;

    public DiscriminatorReader(SchemaReporter report, ReferenceLookup lookup)
    {
        _report = report;
        _lookup = lookup;
    }

    public Discriminator? Read(JsonObjectNode obj, IReadOnlyList<Schema> alternatives, string pointer)
    {
        var node = obj.Get("discriminator");
        if (node is null) return null;
        if (node is not JsonObjectNode discriminator)
        {
            _report.Invalid("discriminator", node, "expected an object");
            return null;
        }
        if (discriminator.Get("propertyName") is not JsonStringNode { Value.Length: > 0 } propertyName)
        {
            _report.Invalid("discriminator", node, "expected a propertyName");
            return null;
        }

        var mapping = new List<DiscriminatorMapping>();
        var targeted = new HashSet<string>(System.StringComparer.Ordinal);
        switch (discriminator.Get("mapping"))
        {
            case null:
                break;
            case JsonObjectNode entries:
                foreach (var entry in entries.Members)
                {
                    if (entry.Value is not JsonStringNode target)
                    {
                        _report.Invalid("discriminator.mapping", entry.Value, "expected a \"$ref\" or a schema name");
                        continue;
                    }
                    if (Resolve(target.Value) is not { } key)
                    {
                        _report.Report(DiagnosticId.UnresolvedReference, target.Span, target.Value, JsonPointer.Display(pointer));
                        continue;
                    }
                    mapping.Add(new DiscriminatorMapping(entry.Name, key));
                    targeted.Add(key);
                }
                break;
            case var other:
                _report.Invalid("discriminator.mapping", other, "expected an object");
                break;
        }

        foreach (var alternative in alternatives)
        {
            // The implicit value is the schema's name, which is the key references use.
            if (alternative.Reference is { } key && targeted.Add(key)) mapping.Add(new DiscriminatorMapping(key, key));
        }
        return new Discriminator(propertyName.Value, mapping.ToEquatableArray());
    }

    /// <summary>OpenAPI lets a mapping name a component instead of a "$ref" to it.</summary>
    private string? Resolve(string target)
        => _lookup.ResolveKey(target) ?? (target.IndexOf('/') < 0 ? _lookup.ResolveKey(ComponentsPrefix + target) : null);
}
