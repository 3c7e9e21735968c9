using System;
using System.Collections.Generic;
namespace Contracts.Generator.Reading.Json;

/// <summary>Either a root value or an error, never both.</summary>
internal sealed class JsonParseResult
{
    private JsonParseResult(JsonNode? root, JsonParseError? error, int consumedLength, IReadOnlyList<JsonMember> duplicateKeys)
    {
        Root = root;
        Error = error;
        ConsumedLength = consumedLength;
        DuplicateKeys = duplicateKeys;
    }

    public JsonNode? Root { get; }

    public JsonParseError? Error { get; }

    /// <summary>Chars of the text up to the end of the root value; lets a caller resume after a block.</summary>
    public int ConsumedLength { get; }

    /// <summary>Members whose key already appeared in the same object, in document order (readers keep the last one).</summary>
    public IReadOnlyList<JsonMember> DuplicateKeys { get; }

    public static JsonParseResult Success(JsonNode root, IReadOnlyList<JsonMember> duplicateKeys) => new(root, null, root.End, duplicateKeys);

    public static JsonParseResult Failure(JsonParseError error) => new(null, error, 0, Array.Empty<JsonMember>());
}
