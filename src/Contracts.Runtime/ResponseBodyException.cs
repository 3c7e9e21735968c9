using System;
using System.Collections.Generic;
using System.Net;

namespace Contracts;

/// <summary>
/// The server answered, but its body cannot be used: not the JSON the operation declares (HTML from a proxy, say), larger
/// than <see cref="ContractsClientOptions.MaxResponseBytes"/>, nested deeper than allowed, or cut short. The message names
/// the operation and the reason; <see cref="Exception.InnerException"/> keeps the underlying error.
/// </summary>
public sealed class ResponseBodyException : ApiException
{
    /// <summary>Creates the exception from what the server sent and why its body cannot be used.</summary>
    public ResponseBodyException(
        string operation,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string body,
        string reason,
        Exception? innerException = null)
        : base(BuildMessage(operation, statusCode, reasonPhrase, reason), operation, statusCode, reasonPhrase, headers, body, innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the body cannot be used, such as "it is text/html, not JSON".</summary>
    public string Reason { get; }

    private static string BuildMessage(string operation, HttpStatusCode statusCode, string? reasonPhrase, string reason)
    {
        var phrase = string.IsNullOrEmpty(reasonPhrase) ? "" : " " + reasonPhrase;
        return $"{operation} answered {(int)statusCode}{phrase}, but the body cannot be used: {reason}.";
    }
}
