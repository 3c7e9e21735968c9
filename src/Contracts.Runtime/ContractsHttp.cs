using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

/// <summary>HTTP plumbing shared by generated clients: URIs, authorization, bounded body reads, errors.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ContractsHttp
{
    /// <summary>Joins the client's base address and a path (already escaped), keeping any base path.</summary>
    public static Uri BuildUri(HttpClient client, string path, string? query) => BuildUri(client, null, path, query);

    /// <summary>
    /// As <see cref="BuildUri(HttpClient, string, string?)"/>, falling back to <paramref name="defaultBaseAddress"/> (the
    /// schema's first server) when the HttpClient has no BaseAddress.
    /// </summary>
    public static Uri BuildUri(HttpClient client, string? defaultBaseAddress, string path, string? query)
    {
        var baseAddress = client.BaseAddress
            ?? (defaultBaseAddress is null ? null : new Uri(defaultBaseAddress, UriKind.Absolute))
            ?? throw new InvalidOperationException("HttpClient.BaseAddress must be set before calling a generated client (the schema names no absolute server to fall back to).");
        var root = baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');
        // Every path and query value was escaped on the way in; canonicalising again would unescape %2E and
        // collapse "/items/%2E%2E" to "/", letting a value climb out of its place in the path.
        var options = new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true };
        return new Uri(root + path + (string.IsNullOrEmpty(query) ? "" : "?" + query), in options);
    }

    /// <summary>
    /// Escapes one path parameter value so '/', '?', '#', '%' and spaces cannot change the path; "." and ".." are escaped
    /// too, because URI normalisation would otherwise remove them together with the segment before.
    /// </summary>
    public static string EscapePathValue(string value)
        => value is "." or ".." ? value.Replace(".", "%2E") : Uri.EscapeDataString(value);

    /// <summary>Appends <c>name=value</c> to a query string, escaping both.</summary>
    public static void AppendQuery(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }
        query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }

    /// <summary>Adds a header, refusing values that could split the request (CR or LF).</summary>
    public static void AddHeader(HttpRequestMessage request, string name, string value)
    {
        if (value.IndexOf('\r') >= 0 || value.IndexOf('\n') >= 0)
        {
            throw new ArgumentException($"The value of header '{name}' contains a line break.", name);
        }
        request.Headers.TryAddWithoutValidation(name, value);
    }

    /// <summary>Sets the Authorization header from the options' API key, if any.</summary>
    public static void ApplyAuthorization(HttpRequestMessage request, ContractsClientOptions options)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
        {
            return;
        }
        if (options.ApiKey!.IndexOf('\r') >= 0 || options.ApiKey.IndexOf('\n') >= 0)
        {
            // The key itself is never echoed back.
            throw new ArgumentException("The API key contains a line break.", nameof(options));
        }
        request.Headers.Authorization = new AuthenticationHeaderValue(options.AuthorizationScheme, options.ApiKey);
    }

    /// <summary>Reads the whole response body, failing once it grows past <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, long maxBytes, string operation, CancellationToken cancellationToken)
    {
        var declared = response.Content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw await TooLargeAsync(response, maxBytes, operation).ConfigureAwait(false);
        }
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await BoundedBodyReader.ReadAsync(stream, declared, maxBytes, cancellationToken).ConfigureAwait(false)
            ?? throw await TooLargeAsync(response, maxBytes, operation).ConfigureAwait(false);
    }

    /// <summary>
    /// The one exchange every generated operation hands its request to: sends it, reads the body within
    /// <see cref="ContractsClientOptions.MaxResponseBytes"/>, and lets the operation's reader turn the answer into its
    /// result or exception. Disposes the request and the response.
    /// </summary>
    /// <param name="client">The HttpClient to send with.</param>
    /// <param name="options">The client options (the body limit).</param>
    /// <param name="operation">The operation, as "POST /path", for messages.</param>
    /// <param name="createRequest">
    /// Checks the arguments, validates the request and builds it; called inside the exchange, so what it throws faults the
    /// returned task.
    /// </param>
    /// <param name="readsSuccessBody">False when no success of the operation has a body: a success's body is then not read.</param>
    /// <param name="read">Turns the answer into the result, or throws the exception its status calls for.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public static Task<TResult> ExchangeAsync<TResult>(HttpClient client, ContractsClientOptions options, string operation,
        Func<HttpRequestMessage> createRequest, bool readsSuccessBody, Func<ContractsResponse, TResult> read, CancellationToken cancellationToken)
        => ExchangeAsync(client, options, operation, createRequest, readsSuccessBody ? SuccessBody.Buffered : SuccessBody.None, read, cancellationToken);

    /// <summary>
    /// As <see cref="ExchangeAsync{TResult}(HttpClient, ContractsClientOptions, string, Func{HttpRequestMessage}, bool, Func{ContractsResponse, TResult}, CancellationToken)"/>,
    /// with the success body read whole, not at all, or left on the connection (<see cref="SuccessBody.Streamed"/>) for
    /// the reader to hand over as a file or a stream; the response then stays open until what the reader returned is disposed.
    /// A success body that cannot be read whole (too large, cut short) throws a <see cref="ResponseBodyException"/>.
    /// </summary>
    public static Task<TResult> ExchangeAsync<TResult>(HttpClient client, ContractsClientOptions options, string operation,
        Func<HttpRequestMessage> createRequest, SuccessBody successBody, Func<ContractsResponse, TResult> read, CancellationToken cancellationToken)
        => ExchangeCoreAsync(client, options, operation, createRequest, successBody, read, cancellationToken, cancellationToken);

    // streamToken cancels reading a streamed body once the exchange has returned: the caller's own token, not one
    // carrying the call's timeout, which ends with the call.
    private static async Task<TResult> ExchangeCoreAsync<TResult>(HttpClient client, ContractsClientOptions options, string operation,
        Func<HttpRequestMessage> createRequest, SuccessBody successBody, Func<ContractsResponse, TResult> read, CancellationToken cancellationToken,
        CancellationToken streamToken)
    {
        HttpResponseMessage? response = null;
        ContractsResponse? answer = null;
        try
        {
            using var request = createRequest();
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var body = Array.Empty<byte>();
            Stream? stream = null;
            ApiException? tooLarge = null;
            try
            {
                if (status >= 200 && status < 300)
                {
                    if (successBody == SuccessBody.Buffered)
                    {
                        try
                        {
                            body = await ReadBodyAsync(response, options.MaxResponseBytes, operation, cancellationToken).ConfigureAwait(false);
                        }
                        catch (ApiException exception) when (exception.InnerException is InvalidDataException inner)
                        {
                            throw new ResponseBodyException(operation, response.StatusCode, response.ReasonPhrase, CollectHeaders(response), "",
                                $"it is larger than {options.MaxResponseBytes} bytes (ContractsClientOptions.MaxResponseBytes)", inner);
                        }
                    }
                    else if (successBody == SuccessBody.Streamed)
                    {
                        stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
                else
                {
                    // An error body too large to read fails a declared error's read, and leaves an unexpected status's text empty.
                    try
                    {
                        body = await ReadBodyAsync(response, options.MaxResponseBytes, operation, cancellationToken).ConfigureAwait(false);
                    }
                    catch (ApiException exception) when (exception.InnerException is InvalidDataException)
                    {
                        tooLarge = exception;
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                throw CutShort(response, operation, exception);
            }
            answer = new ContractsResponse(response, operation, body, tooLarge, stream, options.MaxResponseBytes, stream is null ? cancellationToken : streamToken);
            return read(answer);
        }
        finally
        {
            if (answer is null || !answer.HandedOver) response?.Dispose();
        }
    }

    /// <summary>
    /// As <see cref="ExchangeAsync{TResult}(HttpClient, ContractsClientOptions, string, Func{HttpRequestMessage}, SuccessBody, Func{ContractsResponse, TResult}, CancellationToken)"/>,
    /// keeping the success's status and headers beside the result.
    /// </summary>
    public static Task<ApiResponse<TResult>> ExchangeWithResponseAsync<TResult>(HttpClient client, ContractsClientOptions options, string operation,
        Func<HttpRequestMessage> createRequest, SuccessBody successBody, Func<ContractsResponse, TResult> read, CancellationToken cancellationToken)
        => ExchangeAsync(client, options, operation, createRequest, successBody, answer => new ApiResponse<TResult>(answer.Message, read(answer)), cancellationToken);

    /// <summary>As the exchange with the response, also reading the headers the operation declares through <paramref name="readHeaders"/>.</summary>
    public static Task<ApiResponse<TResult, THeaders>> ExchangeWithResponseAsync<TResult, THeaders>(HttpClient client, ContractsClientOptions options, string operation,
        Func<HttpRequestMessage> createRequest, SuccessBody successBody, Func<ContractsResponse, TResult> read, Func<HttpResponseMessage, THeaders> readHeaders,
        CancellationToken cancellationToken)
        => ExchangeAsync(client, options, operation, createRequest, successBody,
            answer => new ApiResponse<TResult, THeaders>(answer.Message, read(answer), readHeaders(answer.Message)), cancellationToken);

    /// <summary>As <see cref="ExchangeAsync(HttpClient, ContractsClientOptions, string, Func{HttpRequestMessage}, Action{ContractsResponse}, CancellationToken)"/>, keeping the success's status and headers.</summary>
    public static Task<ApiResponse> ExchangeWithResponseAsync(HttpClient client, ContractsClientOptions options, string operation,
        Func<HttpRequestMessage> createRequest, Action<ContractsResponse> check, CancellationToken cancellationToken)
        => ExchangeAsync(client, options, operation, createRequest, SuccessBody.None, answer =>
        {
            check(answer);
            return new ApiResponse(answer.Message);
        }, cancellationToken);

    /// <summary>
    /// The exchange for an operation whose success is a stream of items (<c>text/event-stream</c>,
    /// <c>application/x-ndjson</c>): sends the request when enumeration starts, and yields the items
    /// <paramref name="read"/> hands over as they arrive. Cancelling either token stops the stream and releases the connection.
    /// </summary>
    public static async IAsyncEnumerable<TItem> StreamAsync<TItem>(HttpClient client, ContractsClientOptions options, string operation,
        Func<HttpRequestMessage> createRequest, Func<ContractsResponse, IAsyncEnumerable<TItem>> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = await ExchangeAsync(client, options, operation, createRequest, SuccessBody.Streamed, read, cancellationToken).ConfigureAwait(false);
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private static ResponseBodyException CutShort(HttpResponseMessage response, string operation, Exception exception)
    {
        var announced = response.Content.Headers.ContentLength is { } length ? $" ({length} bytes announced)" : "";
        return new ResponseBodyException(operation, response.StatusCode, response.ReasonPhrase, CollectHeaders(response), "",
            $"it was cut short: the connection ended before the whole body arrived{announced}", exception);
    }

    /// <summary>As <see cref="ExchangeAsync{TResult}(HttpClient, ContractsClientOptions, string, Func{HttpRequestMessage}, bool, Func{ContractsResponse, TResult}, CancellationToken)"/>, for an operation with no result: <paramref name="check"/> throws for error statuses.</summary>
    public static Task ExchangeAsync(HttpClient client, ContractsClientOptions options, string operation,
        Func<HttpRequestMessage> createRequest, Action<ContractsResponse> check, CancellationToken cancellationToken)
        => ExchangeAsync(client, options, operation, createRequest, SuccessBody.None, response =>
        {
            check(response);
            return true;
        }, cancellationToken);

    /// <summary>Builds the exception for a status the operation does not expect.</summary>
    public static async Task<ApiException> CreateApiExceptionAsync(HttpResponseMessage response, long maxBytes, string operation, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = Encoding.UTF8.GetString(await ReadBodyAsync(response, maxBytes, operation, cancellationToken).ConfigureAwait(false));
        }
        catch (ApiException)
        {
            body = "";
        }
        return new ApiException(operation, response.StatusCode, response.ReasonPhrase, CollectHeaders(response), body);
    }

    /// <summary>Wraps a success body that is not the JSON its schema promises.</summary>
    public static ApiException InvalidBody(HttpResponseMessage response, string operation, byte[] body, Exception inner)
        => new(operation, response.StatusCode, response.ReasonPhrase, CollectHeaders(response),
            Encoding.UTF8.GetString(body), inner);

    /// <summary>A binary request body: the stream (read from its current position, not disposed by the client) under its media type.</summary>
    public static HttpContent BinaryBody(Stream content, string mediaType)
    {
        var body = new StreamContent(content ?? throw new ArgumentNullException(nameof(content)));
        body.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return body;
    }

    /// <summary>A multipart part for a file, with its media type (application/octet-stream when unknown).</summary>
    public static HttpContent FilePart(FileContent file)
    {
        var part = new StreamContent(file.Content);
        part.Headers.ContentType = new MediaTypeHeaderValue(string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType!);
        return part;
    }

    /// <summary>Adds members the schema does not declare as multipart fields (strings as they are, anything else as JSON).</summary>
    public static void AddExtraFormFields(MultipartFormDataContent content, IDictionary<string, System.Text.Json.Nodes.JsonNode?>? members)
    {
        if (members is null) return;
        foreach (var member in members)
        {
            content.Add(new StringContent(FormText(member.Value), Encoding.UTF8), member.Key);
        }
    }

    /// <summary>Adds members the schema does not declare as urlencoded fields (strings as they are, anything else as JSON).</summary>
    public static void AddExtraFormFields(List<KeyValuePair<string, string>> fields, IDictionary<string, System.Text.Json.Nodes.JsonNode?>? members)
    {
        if (members is null) return;
        foreach (var member in members)
        {
            fields.Add(new KeyValuePair<string, string>(member.Key, FormText(member.Value)));
        }
    }

    private static string FormText(System.Text.Json.Nodes.JsonNode? node)
        => node is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString() ?? "";

    /// <summary>Response and content headers, by name, case-insensitive.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            headers[header.Key] = new List<string>(header.Value);
        }
        foreach (var header in response.Content.Headers)
        {
            headers[header.Key] = new List<string>(header.Value);
        }
        return headers;
    }

    private static Task<ApiException> TooLargeAsync(HttpResponseMessage response, long maxBytes, string operation)
        => Task.FromResult(new ApiException(operation, response.StatusCode, response.ReasonPhrase, CollectHeaders(response),
            "", new InvalidDataException($"The response body is larger than {maxBytes} bytes (ContractsClientOptions.MaxResponseBytes).")));
}
