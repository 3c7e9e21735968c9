using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

public static partial class ContractsHttp
{
    /// <summary>
    /// The exchange generated operations call: adds the call's headers and the operation's credentials, runs the hooks,
    /// records one span, applies the call's timeout, sends and reads through
    /// <see cref="ExchangeAsync{TResult}(HttpClient, ContractsClientOptions, string, Func{HttpRequestMessage}, bool, Func{ContractsResponse, TResult}, CancellationToken)"/>,
    /// then validates the result as <see cref="ContractsClientOptions.ResponseValidation"/> says.
    /// </summary>
    /// <param name="client">The HttpClient to send with.</param>
    /// <param name="options">The client's options.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="requestOptions">This call's options, or null.</param>
    /// <param name="createRequest">Checks the arguments, validates and builds the request; what it throws faults the returned task.</param>
    /// <param name="readsSuccessBody">False when no success of the operation has a body.</param>
    /// <param name="read">Turns the answer into the result, or throws the exception its status calls for.</param>
    /// <param name="cancellationToken">Cancels sending and reading.</param>
    public static async Task<TResult> ExchangeAsync<TResult>(HttpClient client, ContractsClientOptions options, ContractsOperation operation,
        ContractsRequestOptions? requestOptions, Func<HttpRequestMessage> createRequest, bool readsSuccessBody, Func<ContractsResponse, TResult> read,
        CancellationToken cancellationToken)
    {
        var hooks = options.Hooks;
        using var activity = ContractsTelemetry.Start(operation, client);
        using var timeout = requestOptions?.Timeout is { } limit ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(requestOptions!.Timeout!.Value);
        var token = timeout?.Token ?? cancellationToken;
        try
        {
            var request = createRequest();
            try
            {
                AddCallHeaders(request, requestOptions);
                await ContractsAuthorization.ApplyAsync(request, options, operation, requestOptions, token).ConfigureAwait(false);
                if (hooks is not null) await hooks.OnRequestAsync(operation, request, token).ConfigureAwait(false);
            }
            catch
            {
                request.Dispose();
                throw;
            }
            var validation = requestOptions?.ResponseValidation ?? options.ResponseValidation;
            var started = Stopwatch.GetTimestamp();
            return await ExchangeAsync(client, options, operation.DisplayName, () => request, readsSuccessBody, response =>
            {
                activity?.SetTag("http.response.status_code", response.Status);
                hooks?.OnResponse(operation, response.Message, Elapsed(started));
                var result = read(response);
                if (validation != ResponseValidation.Off && result is IValidatable validatable) CheckResponse(operation, validatable, validation, hooks, activity);
                return result;
            }, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var timedOut = new TimeoutException($"{operation.DisplayName} did not complete within {requestOptions!.Timeout!.Value} (ContractsRequestOptions.Timeout).", exception);
            ContractsTelemetry.Fail(activity, timedOut);
            hooks?.OnFailure(operation, timedOut);
            throw timedOut;
        }
        catch (Exception exception)
        {
            ContractsTelemetry.Fail(activity, exception);
            hooks?.OnFailure(operation, exception);
            throw;
        }
    }

    /// <summary>As the generic overload, for an operation with no result: <paramref name="check"/> throws for error statuses.</summary>
    public static Task ExchangeAsync(HttpClient client, ContractsClientOptions options, ContractsOperation operation,
        ContractsRequestOptions? requestOptions, Func<HttpRequestMessage> createRequest, Action<ContractsResponse> check, CancellationToken cancellationToken)
        => ExchangeAsync(client, options, operation, requestOptions, createRequest, readsSuccessBody: false, response =>
        {
            check(response);
            return true;
        }, cancellationToken);

    /// <summary>Whether to validate this call's request: the call's choice, else the client's.</summary>
    public static bool ValidatesRequest(ContractsClientOptions options, ContractsRequestOptions? requestOptions)
        => requestOptions?.ValidateRequest ?? options.ValidateRequests;

    private static void AddCallHeaders(HttpRequestMessage request, ContractsRequestOptions? requestOptions)
    {
        if (requestOptions is null) return;
        foreach (var header in requestOptions.Headers)
        {
            request.Headers.Remove(header.Key);
            AddHeader(request, header.Key, header.Value);
        }
    }

    private static void CheckResponse(ContractsOperation operation, IValidatable result, ResponseValidation validation, ContractsClientHooks? hooks, Activity? activity)
    {
        var errors = result.Validate();
        if (errors.Count == 0) return;
        if (validation == ResponseValidation.Throw) throw new ContractValidationException(operation.DisplayName + " response", errors);
        ContractsTelemetry.InvalidResponse(activity, errors);
        hooks?.OnInvalidResponse(operation, errors);
    }

    private static TimeSpan Elapsed(long started)
        => TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - started) * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
}
