using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

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
    /// <summary>A date-time string, as DateTimeOffset.</summary>
    DateTimeOffset,
    /// <summary>A uuid string, as Guid.</summary>
    Guid,
    /// <summary>A base64 string (format byte), as byte[].</summary>
    Bytes,
    /// <summary>A file part of a form body (format binary), as Contracts.FileContent.</summary>
    File,
    /// <summary>A string enum, as a generated struct that keeps unknown values.</summary>
    Enum,
    /// <summary>A oneOf/anyOf value, as a generated struct over its JSON with typed accessors.</summary>
    Union,
    /// <summary>Any JSON value, held as a JsonElement.</summary>
    Any,
    Record,
    List,
    Map,
    /// <summary>A date string (format date) of a parameter, as DateOnly.</summary>
    Date,
    /// <summary>A JSON request body without a schema, as JsonNode.</summary>
    JsonNode,
}
