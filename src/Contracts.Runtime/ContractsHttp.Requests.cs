using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Contracts;

public static partial class ContractsHttp
{
    /// <summary>
    /// A request to the operation's URI (see <see cref="BuildUri(HttpClient, string?, string, string?)"/>), asking for
    /// <paramref name="accept"/> when it is not null: the first statements of every generated request builder, as one call.
    /// </summary>
    /// <param name="client">The HttpClient whose BaseAddress is the API root.</param>
    /// <param name="method">The HTTP method, upper case.</param>
    /// <param name="defaultBaseAddress">The schema's first server, used when the client has no BaseAddress; null for none.</param>
    /// <param name="path">The path, its parameter values already escaped.</param>
    /// <param name="query">The query string without '?', already escaped; null or empty for none.</param>
    /// <param name="accept">The Accept header's value; null to send none.</param>
    public static HttpRequestMessage NewRequest(HttpClient client, string method, string? defaultBaseAddress, string path, string? query, string? accept)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), BuildUri(client, defaultBaseAddress, path, query));
        if (accept is not null) AddHeader(request, "Accept", accept);
        return request;
    }

    /// <summary>
    /// Validates a request body when this call's options (else the client's) ask for it, and throws a
    /// <see cref="ContractValidationException"/> naming the operation when it breaks its schema.
    /// </summary>
    public static void CheckRequestBody(ContractsClientOptions options, ContractsRequestOptions? requestOptions, ContractsOperation operation, IValidatable body)
    {
        if (!ValidatesRequest(options, requestOptions)) return;
        var errors = body.Validate();
        if (errors.Count != 0) throw new ContractValidationException(operation.DisplayName + " request", errors);
    }

    /// <summary>A JSON request body written through <paramref name="typeInfo"/> (no reflection), sent as <paramref name="mediaType"/> in UTF-8.</summary>
    public static HttpContent JsonBody<T>(T body, JsonTypeInfo<T> typeInfo, string mediaType)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return content;
    }

    /// <summary>
    /// The response reader of an operation whose successes all carry one JSON body type and which declares no error
    /// bodies: a success is read through <paramref name="typeInfo"/>, any other status throws
    /// <see cref="ContractsResponse.Unexpected"/>.
    /// </summary>
    public static Func<ContractsResponse, T> ReadJson<T>(JsonTypeInfo<T> typeInfo)
        => response => response.IsSuccess ? response.Json(typeInfo) : throw response.Unexpected();

    /// <summary>The response check of an operation with no result and no declared error bodies: any status but a success throws.</summary>
    public static void ExpectSuccess(ContractsResponse response)
    {
        if (!response.IsSuccess) throw response.Unexpected();
    }
}
