namespace Contracts.Generator.Model;

/// <summary>The JSON type a schema admits; <see cref="Any"/> when it admits every JSON value.</summary>
internal enum SchemaType
{
    Any,
    Boolean,
    Integer,
    Number,
    String,
    Array,
    Object,
}
