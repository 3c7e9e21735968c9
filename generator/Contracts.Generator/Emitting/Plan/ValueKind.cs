namespace Contracts.Generator.Emitting.Plan;

/// <summary>The C# shape chosen for a schema.</summary>
internal enum ValueKind
{
    String,
    Int32,
    Int64,
    Double,
    Single,
    Decimal,
    Boolean,
    /// <summary>Any JSON value, held as a JsonElement.</summary>
    Any,
    Record,
    List,
    Map,
}
