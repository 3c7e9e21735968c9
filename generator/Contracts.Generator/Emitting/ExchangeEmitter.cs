using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// Prints how an operation's method meets the runtime's one exchange, by the planned success shape: what the method
/// returns, the exchange call around the request builder, and what the response reader returns.
/// </summary>
internal static class ExchangeEmitter
{
    private const string Http = "_Rt.ContractsHttp";
    private const string Task = "_Tasks.Task";

    /// <summary>The method's return type; <paramref name="withResponse"/> for the <c>…WithResponseAsync</c> twin.</summary>
    public static string ReturnType(OperationPlan operation, bool withResponse)
    {
        var item = ReaderReturnType(operation);
        return operation.Shape switch
        {
            SuccessShape.EventStream or SuccessShape.JsonLines => $"_Gen.IAsyncEnumerable<{ItemType(operation)}>",
            _ when withResponse => item == "void" ? $"{Task}<_Rt.ApiResponse>" : $"{Task}<_Rt.ApiResponse<{item}{HeadersArgument(operation)}>>",
            _ => item == "void" ? Task : $"{Task}<{item}>",
        };
    }

    /// <summary>The method's &lt;returns&gt; text for a file or a stream, which the caller must dispose or enumerate; null otherwise.</summary>
    public static string? ReturnsDoc(OperationPlan operation) => operation.Shape switch
    {
        SuccessShape.File => "The file, streamed from the connection; dispose it to release the connection.",
        SuccessShape.EventStream => "The events as they arrive; the request is sent when enumeration starts.",
        SuccessShape.JsonLines => "The lines as they arrive, one item each; the request is sent when enumeration starts.",
        _ => null,
    };

    /// <summary>What the response reader returns: the result, the file, the item stream, or void.</summary>
    public static string ReaderReturnType(OperationPlan operation) => operation.Shape switch
    {
        SuccessShape.File => "_Rt.FileResponse",
        SuccessShape.EventStream or SuccessShape.JsonLines => $"_Gen.IAsyncEnumerable<{ItemType(operation)}>",
        _ => operation.ResultType?.Name ?? "void",
    };

    /// <summary>The expression that opens the exchange call, before the request builder's lambda.</summary>
    public static string Open(OperationPlan operation, bool withResponse)
    {
        var reader = ReaderReturnType(operation);
        return operation.Shape switch
        {
            SuccessShape.EventStream or SuccessShape.JsonLines => $"{Http}.StreamAsync<{ItemType(operation)}>(_httpClient, _options, {Call(operation)}, () =>",
            _ when reader == "void" => withResponse
                ? $"{Http}.ExchangeWithResponseAsync(_httpClient, _options, {Call(operation)}, () =>"
                : $"{Http}.ExchangeAsync(_httpClient, _options, {Call(operation)}, () =>",
            _ => withResponse
                ? $"{Http}.ExchangeWithResponseAsync<{reader}{HeadersArgument(operation)}>(_httpClient, _options, {Call(operation)}, () =>"
                : $"{Http}.ExchangeAsync<{reader}>(_httpClient, _options, {Call(operation)}, () =>",
        };
    }

    /// <summary>The text after the request builder's closing brace: the reader and the token.</summary>
    public static string Close(FileLookups context, OperationPlan operation, bool withResponse)
    {
        var reader = ResponseEmitter.Reader(context, operation);
        return operation.Shape switch
        {
            SuccessShape.EventStream or SuccessShape.JsonLines => $", {reader}, cancellationToken);",
            SuccessShape.File => $", _Rt.SuccessBody.Streamed, {reader}, cancellationToken);",
            _ when operation.ResultType is null => $", {reader}, cancellationToken);",
            // The plain method keeps the call it always made; the twin names the body mode.
            _ when withResponse => $", {(operation.ReadsSuccessBody ? "_Rt.SuccessBody.Buffered" : "_Rt.SuccessBody.None")}, {reader}, "
                + (operation.ResponseHeaders is { } headers ? headers.FullName + ".Read, " : "") + "cancellationToken);",
            _ => $", readsSuccessBody: {(operation.ReadsSuccessBody ? "true" : "false")}, {reader}, cancellationToken);",
        };
    }

    /// <summary>", XHeaders" when the operation declares success headers: the twin hands them back typed.</summary>
    private static string HeadersArgument(OperationPlan operation) => operation.ResponseHeaders is { } headers ? ", " + headers.FullName : "";

    /// <summary>The operation's descriptor and the call's options, as the exchange takes them.</summary>
    private static string Call(OperationPlan operation) => OperationDescriptorEmitter.FieldName(operation) + ", requestOptions";

    private static string ItemType(OperationPlan operation)
    {
        var item = operation.StreamItem?.Name ?? "string";
        return operation.Shape == SuccessShape.EventStream ? $"_Rt.ServerSentEvent<{item}>" : item;
    }
}
