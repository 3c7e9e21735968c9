using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>A C# type for a value: its kind, the record or enum name (fully qualified) or element type, and whether null is allowed.</summary>
internal sealed record TypeRef(ValueKind Kind, bool Nullable, string? RecordName = null, TypeRef? Element = null)
{
    public bool IsValueType => Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Single
        or ValueKind.Decimal or ValueKind.Boolean or ValueKind.Any or ValueKind.DateTimeOffset or ValueKind.Guid or ValueKind.Enum or ValueKind.Union or ValueKind.Date;

    /// <summary>An enum over integers (named by x-enum-varnames and kin): a struct over a long instead of a string.</summary>
    public bool IsIntegerEnum { get; init; }

    public bool IsNumber => Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Single or ValueKind.Decimal;

    public TypeRef WithNullable(bool nullable) => nullable == Nullable ? this : this with { Nullable = nullable };

    /// <summary>The type without nullability, fully qualified.</summary>
    public string NonNullableName => Kind switch
    {
        ValueKind.String => "string",
        ValueKind.Int32 => "int",
        ValueKind.Int64 => "long",
        ValueKind.Double => "double",
        ValueKind.Single => "float",
        ValueKind.Decimal => "decimal",
        ValueKind.Boolean => "bool",
        ValueKind.Any => "_Json.JsonElement",
        ValueKind.DateTimeOffset => "_Sys.DateTimeOffset",
        ValueKind.Guid => "_Sys.Guid",
        ValueKind.Date => "_Sys.DateOnly",
        ValueKind.JsonNode => "_Json.Nodes.JsonNode",
        ValueKind.Bytes => "byte[]",
        ValueKind.File => "_Rt.FileContent",
        ValueKind.Record or ValueKind.Enum or ValueKind.Union => RecordName!,
        ValueKind.List => $"_Gen.IReadOnlyList<{Element!.Name}>",
        _ => $"_Gen.IReadOnlyDictionary<string, {Element!.Name}>",
    };

    /// <summary>The type as declared, with <c>?</c> when null is allowed.</summary>
    public string Name => Nullable ? NonNullableName + "?" : NonNullableName;
}
