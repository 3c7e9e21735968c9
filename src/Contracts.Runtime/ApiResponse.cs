using System.Collections.Generic;
using System.Net;
using System.Net.Http;

namespace Contracts;

/// <summary>
/// A success with what came with it: the status and the headers. Generated clients return it from the
/// <c>…WithResponseAsync</c> twin of each method; <see cref="ApiResponse{T}"/> adds the value.
/// </summary>
public class ApiResponse
{
    private readonly HttpResponseMessage _message;
    private IReadOnlyDictionary<string, IReadOnlyList<string>>? _headers;

    internal ApiResponse(HttpResponseMessage message)
    {
        _message = message;
    }

    /// <summary>The HTTP status (a 2xx).</summary>
    public HttpStatusCode StatusCode => _message.StatusCode;

    /// <summary>Response and content headers, by name (case-insensitive); collected when first asked for.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => _headers ??= ContractsHttp.CollectHeaders(_message);

    /// <summary>The first value of header <paramref name="name"/>, or null when the server did not send it.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}

/// <summary>A success's value with its status and headers.</summary>
/// <typeparam name="T">The operation's result.</typeparam>
public class ApiResponse<T> : ApiResponse
{
    internal ApiResponse(HttpResponseMessage message, T value)
        : base(message)
    {
        Value = value;
    }

    /// <summary>The operation's result, as the method without <c>WithResponse</c> returns it.</summary>
    public T Value { get; }
}

/// <summary>A success's value with its status, its headers, and the headers the operation declares, typed.</summary>
/// <typeparam name="T">The operation's result.</typeparam>
/// <typeparam name="THeaders">The generated class of the declared headers.</typeparam>
public sealed class ApiResponse<T, THeaders> : ApiResponse<T>
{
    internal ApiResponse(HttpResponseMessage message, T value, THeaders declaredHeaders)
        : base(message, value)
    {
        DeclaredHeaders = declaredHeaders;
    }

    /// <summary>The headers the operation's schema declares, parsed (null where absent or not of the declared type).</summary>
    public THeaders DeclaredHeaders { get; }
}
