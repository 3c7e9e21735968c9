using System;
using System.Collections.Generic;
using System.Net;

namespace Contracts;

/// <summary>The server answered with a status the operation does not treat as success.</summary>
public class ApiException : Exception
{
    /// <summary>Creates the exception from what the server sent.</summary>
    public ApiException(
        string operation,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string body,
        Exception? innerException = null)
        : base(BuildMessage(operation, statusCode, reasonPhrase, body), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers;
        Body = body;
    }

    /// <summary>Creates the exception with a message of its own (for subclasses that say more than the status).</summary>
    protected ApiException(
        string message,
        string operation,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string body,
        Exception? innerException)
        : base(message, innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers;
        Body = body;
    }

    /// <summary>The operation that failed, as <c>METHOD /path</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status the server answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The reason phrase, if the server sent one.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>Response and content headers, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The response body as text (possibly empty).</summary>
    public string Body { get; }

    private static string BuildMessage(string operation, HttpStatusCode statusCode, string? reasonPhrase, string body)
    {
        const int shown = 512;
        var excerpt = body.Length <= shown ? body : body.Substring(0, shown) + "…";
        var reason = string.IsNullOrEmpty(reasonPhrase) ? "" : " " + reasonPhrase;
        return $"{operation} failed with {(int)statusCode}{reason}." + (excerpt.Length == 0 ? "" : " Body: " + excerpt);
    }
}

/// <summary>An <see cref="ApiException"/> whose body matched the error schema declared for its status.</summary>
/// <typeparam name="TError">The generated type of the error body.</typeparam>
public sealed class ApiException<TError> : ApiException
{
    /// <summary>Creates the exception with the parsed error body.</summary>
    public ApiException(
        string operation,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string body,
        TError error)
        : base(operation, statusCode, reasonPhrase, headers, body)
    {
        Error = error;
    }

    /// <summary>The parsed error body.</summary>
    public TError Error { get; }
}
