using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

public static partial class ContractsHttp
{
    /// <summary>The call's exchange, keeping the success's status and headers beside the result (the <c>…WithResponseAsync</c> twins).</summary>
    public static Task<ApiResponse<TResult>> ExchangeWithResponseAsync<TResult>(HttpClient client, ContractsClientOptions options, ContractsOperation operation,
        ContractsRequestOptions? requestOptions, Func<HttpRequestMessage> createRequest, SuccessBody successBody, Func<ContractsResponse, TResult> read,
        CancellationToken cancellationToken)
        => ExchangeAsync(client, options, operation, requestOptions, createRequest, successBody,
            answer => new ApiResponse<TResult>(answer.Message, read(answer)), cancellationToken);

    /// <summary>As the twin above, also reading the headers the operation declares through <paramref name="readHeaders"/>.</summary>
    public static Task<ApiResponse<TResult, THeaders>> ExchangeWithResponseAsync<TResult, THeaders>(HttpClient client, ContractsClientOptions options,
        ContractsOperation operation, ContractsRequestOptions? requestOptions, Func<HttpRequestMessage> createRequest, SuccessBody successBody,
        Func<ContractsResponse, TResult> read, Func<HttpResponseMessage, THeaders> readHeaders, CancellationToken cancellationToken)
        => ExchangeAsync(client, options, operation, requestOptions, createRequest, successBody,
            answer => new ApiResponse<TResult, THeaders>(answer.Message, read(answer), readHeaders(answer.Message)), cancellationToken);

    /// <summary>As the twin above, for an operation with no result: <paramref name="check"/> throws for error statuses.</summary>
    public static Task<ApiResponse> ExchangeWithResponseAsync(HttpClient client, ContractsClientOptions options, ContractsOperation operation,
        ContractsRequestOptions? requestOptions, Func<HttpRequestMessage> createRequest, Action<ContractsResponse> check, CancellationToken cancellationToken)
        => ExchangeAsync(client, options, operation, requestOptions, createRequest, SuccessBody.None, answer =>
        {
            check(answer);
            return new ApiResponse(answer.Message);
        }, cancellationToken);

    /// <summary>
    /// The call's exchange for an operation whose success is a stream of items (<c>text/event-stream</c>,
    /// <c>application/x-ndjson</c>): sends the request (headers, credentials, hooks, span, timeout until the response
    /// headers) when enumeration starts, then yields the items <paramref name="read"/> hands over as they arrive.
    /// Cancelling either token stops the stream and releases the connection.
    /// </summary>
    public static async IAsyncEnumerable<TItem> StreamAsync<TItem>(HttpClient client, ContractsClientOptions options, ContractsOperation operation,
        ContractsRequestOptions? requestOptions, Func<HttpRequestMessage> createRequest, Func<ContractsResponse, IAsyncEnumerable<TItem>> read,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = await ExchangeAsync(client, options, operation, requestOptions, createRequest, SuccessBody.Streamed, read, cancellationToken).ConfigureAwait(false);
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
