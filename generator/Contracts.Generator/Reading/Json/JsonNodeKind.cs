namespace Contracts.Generator.Reading.Json;

internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
