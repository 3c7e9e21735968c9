namespace Contracts.Generator.Reading.Json;

/// <summary>Either a root value or an error, never both.</summary>
internal sealed class JsonParseResult
{
    private JsonParseResult(JsonNode? root, JsonParseError? error, int consumedLength)
    {
        Root = root;
        Error = error;
        ConsumedLength = consumedLength;
    }

    public JsonNode? Root { get; }

    public JsonParseError? Error { get; }

    /// <summary>Chars of the text up to the end of the root value; lets a caller resume after a block.</summary>
    public int ConsumedLength { get; }

    public static JsonParseResult Success(JsonNode root) => new(root, null, root.End);

    public static JsonParseResult Failure(JsonParseError error) => new(null, error, 0);
}
