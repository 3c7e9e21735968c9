using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Contracts.Tests.Runtime;

/// <summary>
/// The runtime steps generated request builders and exchanges call instead of per-operation code: the request, the
/// body check, the JSON body and the shared readers.
/// </summary>
public sealed class RequestStepsTests
{
    private static readonly ContractsOperation Operation = new("probe", "POST", "/items/{id}");
    private static readonly JsonTypeInfo<int> IntInfo = JsonMetadataServices.CreateValueInfo<int>(
        new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }, JsonMetadataServices.Int32Converter);

    [Fact]
    public void A_new_request_goes_to_the_path_under_the_base_address_with_its_query_and_accept_header()
    {
        using var client = new HttpClient { BaseAddress = new Uri("http://api.test/v1/") };
        using var request = ContractsHttp.NewRequest(client, "PATCH", null, "/items/a%2Fb", "q=1", "application/json");

        Assert.Equal(HttpMethod.Patch, request.Method);
        Assert.Equal("http://api.test/v1/items/a%2Fb?q=1", request.RequestUri!.OriginalString);
        Assert.Equal("application/json", Assert.Single(request.Headers.GetValues("Accept")));
    }

    [Fact]
    public void A_new_request_without_accept_sends_none_and_falls_back_to_the_default_server()
    {
        using var client = new HttpClient();
        using var request = ContractsHttp.NewRequest(client, "GET", "https://fallback.test/base", "/x", null, null);

        Assert.Equal("https://fallback.test/base/x", request.RequestUri!.OriginalString);
        Assert.False(request.Headers.Contains("Accept"));
        Assert.Throws<InvalidOperationException>(() => ContractsHttp.NewRequest(client, "GET", null, "/x", null, null));
    }

    [Fact]
    public async Task A_json_body_is_the_serialized_value_in_utf8_under_its_media_type()
    {
        using var content = ContractsHttp.JsonBody(42, IntInfo, "application/vnd.test+json");

        Assert.Equal("application/vnd.test+json", content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", content.Headers.ContentType.CharSet);
        Assert.Equal("42", await content.ReadAsStringAsync());
    }

    [Fact]
    public void A_body_that_breaks_its_schema_is_refused_unless_this_call_turns_validation_off()
    {
        var invalid = new Checked(new ValidationError("/name", "minLength", "1", "0", "too short"));
        var options = new ContractsClientOptions();

        var refused = Assert.Throws<ContractValidationException>(() => ContractsHttp.CheckRequestBody(options, null, Operation, invalid));
        Assert.Equal("POST /items/{id} request", refused.Subject);
        Assert.Equal("/name", Assert.Single(refused.Errors).Path);

        ContractsHttp.CheckRequestBody(options, new ContractsRequestOptions { ValidateRequest = false }, Operation, invalid);
        ContractsHttp.CheckRequestBody(options, null, Operation, new Checked());
        Assert.Equal(1, invalid.Calls);
    }

    [Fact]
    public async Task The_shared_json_reader_reads_a_success_and_turns_any_other_status_into_an_ApiException()
    {
        Assert.Equal(42, await Exchange(HttpStatusCode.OK, "42", ContractsHttp.ReadJson(IntInfo)));

        var failure = await Assert.ThrowsAsync<ApiException>(() => Exchange(HttpStatusCode.NotFound, "missing", ContractsHttp.ReadJson(IntInfo)));
        Assert.Equal(HttpStatusCode.NotFound, failure.StatusCode);
        await Assert.ThrowsAsync<ResponseBodyException>(() => Exchange(HttpStatusCode.OK, "\"not a number\"", ContractsHttp.ReadJson(IntInfo)));
    }

    [Fact]
    public async Task The_shared_check_accepts_any_success_and_refuses_any_other_status()
    {
        using var ok = Client(HttpStatusCode.NoContent, "");
        await ContractsHttp.ExchangeAsync(ok, new ContractsClientOptions(), Operation, null, Request, ContractsHttp.ExpectSuccess, CancellationToken.None);

        using var failing = Client(HttpStatusCode.InternalServerError, "boom");
        var failure = await Assert.ThrowsAsync<ApiException>(() => ContractsHttp.ExchangeAsync(failing, new ContractsClientOptions(), Operation, null, Request,
            ContractsHttp.ExpectSuccess, CancellationToken.None));
        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
    }

    private static async Task<T> Exchange<T>(HttpStatusCode status, string body, Func<ContractsResponse, T> read)
    {
        using var client = Client(status, body);
        return await ContractsHttp.ExchangeAsync(client, new ContractsClientOptions(), Operation, null, Request, readsSuccessBody: true, read, CancellationToken.None);
    }

    private static HttpRequestMessage Request() => new(HttpMethod.Post, "http://api.test/items/1");

    private static HttpClient Client(HttpStatusCode status, string body) => new(new Answering(status, body));

    private sealed class Answering(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    private sealed class Checked(params ValidationError[] errors) : IValidatable
    {
        public int Calls { get; private set; }

        public IReadOnlyList<ValidationError> Validate()
        {
            Calls++;
            return errors.ToList();
        }
    }
}
