using System;

namespace Contracts.Generator.Model;

/// <summary>Several JSON types as one value, for a "type" array; a flag is <c>1 &lt;&lt; (int)</c> its <see cref="SchemaType"/>. Null is nullability, not a member.</summary>
[Flags]
internal enum SchemaTypeSet
{
    None = 0,
    Boolean = 1 << (int)SchemaType.Boolean,
    Integer = 1 << (int)SchemaType.Integer,
    Number = 1 << (int)SchemaType.Number,
    String = 1 << (int)SchemaType.String,
    Array = 1 << (int)SchemaType.Array,
    Object = 1 << (int)SchemaType.Object,
}
