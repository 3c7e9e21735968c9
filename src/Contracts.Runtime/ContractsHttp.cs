using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

/// <summary>HTTP plumbing shared by generated clients: URIs, authorization, bounded body reads, errors.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ContractsHttp
{
    /// <summary>Joins the client's base address and a path (already escaped), keeping any base path.</summary>
    public static Uri BuildUri(HttpClient client, string path, string? query)
    {
        var baseAddress = client.BaseAddress
            ?? throw new InvalidOperationException("HttpClient.BaseAddress must be set before calling a generated client.");
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
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw await TooLargeAsync(response, maxBytes, operation).ConfigureAwait(false);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
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
    public static async Task<TResult> ExchangeAsync<TResult>(HttpClient client, ContractsClientOptions options, string operation,
        Func<HttpRequestMessage> createRequest, bool readsSuccessBody, Func<ContractsResponse, TResult> read, CancellationToken cancellationToken)
    {
        using (var request = createRequest())
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var body = Array.Empty<byte>();
            ApiException? tooLarge = null;
            if (status >= 200 && status < 300)
            {
                if (readsSuccessBody) body = await ReadBodyAsync(response, options.MaxResponseBytes, operation, cancellationToken).ConfigureAwait(false);
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
            return read(new ContractsResponse(response, operation, body, tooLarge));
        }
    }

    /// <summary>As <see cref="ExchangeAsync{TResult}(HttpClient, ContractsClientOptions, string, Func{HttpRequestMessage}, bool, Func{ContractsResponse, TResult}, CancellationToken)"/>, for an operation with no result: <paramref name="check"/> throws for error statuses.</summary>
    public static Task ExchangeAsync(HttpClient client, ContractsClientOptions options, string operation,
        Func<HttpRequestMessage> createRequest, Action<ContractsResponse> check, CancellationToken cancellationToken)
        => ExchangeAsync(client, options, operation, createRequest, readsSuccessBody: false, response =>
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
