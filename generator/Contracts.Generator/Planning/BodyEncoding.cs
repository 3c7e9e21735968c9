namespace Contracts.Generator.Planning;

/// <summary>How an operation puts its body on the request, decided from the media type and the body's C# type.</summary>
internal enum BodyEncoding
{
    /// <summary>No body.</summary>
    None,
    /// <summary>A media type the client does not encode: the caller passes an HttpContent.</summary>
    Raw,
    /// <summary>JSON through the generated context.</summary>
    Json,
    /// <summary>A string as text.</summary>
    Text,
    /// <summary>multipart/form-data: a part per member (files as file parts, lists as repeated parts).</summary>
    Multipart,
    /// <summary>application/x-www-form-urlencoded: a field per member.</summary>
    UrlEncoded,
    /// <summary>A JSON body without a schema: the caller passes a JsonNode, written as it is.</summary>
    JsonNode,
    /// <summary>Raw bytes (application/octet-stream, image/png, a format binary string): the caller passes a Stream.</summary>
    Binary,
}
