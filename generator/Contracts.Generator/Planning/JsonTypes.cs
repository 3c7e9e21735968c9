using System;

namespace Contracts.Generator.Planning;

/// <summary>JSON types as flags, in the order their names are listed (a check's "type" keyword, one type or several).</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Boolean = 1,
    Integer = 2,
    Number = 4,
    String = 8,
    Array = 16,
    Object = 32,
}
