using System.Linq;
using NJsonSchema;

namespace Contracts.Tests.Oracle;

/// <summary>NJsonSchema's validator: an implementation of JSON Schema that shares no code with the generator.</summary>
public sealed class NJsonSchemaOracle
{
    private readonly JsonSchema _schema;

    private NJsonSchemaOracle(JsonSchema schema) => _schema = schema;

    public static NJsonSchemaOracle For(string schemaJson) => new(JsonSchema.FromJsonAsync(schemaJson).GetAwaiter().GetResult());

    /// <summary>Valid, or the first error NJsonSchema names.</summary>
    public (bool Valid, string Detail) Check(string instanceJson)
    {
        var errors = _schema.Validate(instanceJson);
        return errors.Count == 0 ? (true, "valid") : (false, "invalid: " + string.Join("; ", errors.Select(e => e.Path + " " + e.Kind)));
    }
}
