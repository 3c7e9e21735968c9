using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;

namespace Contracts;

/// <summary>
/// The span of one operation, named <c>METHOD /template</c> with the OpenTelemetry HTTP client attributes that apply
/// (no URL: a query may carry an API key) and the operation's id.
/// </summary>
internal static class ContractsTelemetry
{
    public static Activity? Start(ContractsOperation operation, HttpClient client)
    {
        var source = operation.ActivitySource;
        if (source is null || !source.HasListeners()) return null;
        var activity = source.StartActivity(operation.DisplayName, ActivityKind.Internal);
        if (activity is null) return null;
        activity.SetTag("contracts.operation.id", operation.Id);
        activity.SetTag("http.request.method", operation.Method);
        activity.SetTag("url.template", operation.PathTemplate);
        if (client.BaseAddress is { } address)
        {
            activity.SetTag("server.address", address.Host);
            activity.SetTag("server.port", address.Port);
        }
        return activity;
    }

    public static void Fail(Activity? activity, Exception exception)
    {
        if (activity is null) return;
        // error.type: the status code for an HTTP error answer, else the exception's type.
        var type = exception is ApiException api ? ((int)api.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : exception.GetType().FullName;
        activity.SetTag("error.type", type);
        activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
    }

    public static void InvalidResponse(Activity? activity, IReadOnlyList<ValidationError> errors)
    {
        if (activity is null) return;
        var tags = new ActivityTagsCollection { ["contracts.validation.errors"] = errors.Count, ["contracts.validation.first"] = errors[0].Path + " " + errors[0].Keyword };
        activity.AddEvent(new ActivityEvent("contracts.response.invalid", tags: tags));
    }
}
