namespace Contracts.Generator.Planning;

/// <summary>What an operation's method hands back for a success, decided from the success's media type.</summary>
internal enum SuccessShape
{
    /// <summary>A value read whole within the JSON limit (JSON through the generated context, text as string), or nothing.</summary>
    Value,
    /// <summary>A body that is neither JSON nor text (or format binary): a disposable Contracts.FileResponse over the stream, never capped.</summary>
    File,
    /// <summary>text/event-stream: IAsyncEnumerable of Contracts.ServerSentEvent&lt;T&gt;.</summary>
    EventStream,
    /// <summary>application/x-ndjson (JSON Lines): IAsyncEnumerable&lt;T&gt;.</summary>
    JsonLines,
}
