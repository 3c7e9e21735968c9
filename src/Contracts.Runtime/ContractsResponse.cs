using System;
using System.ComponentModel;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Contracts;

/// <summary>
/// A server's answer as a generated client's response reader sees it: the status and the body, already read within
/// <see cref="ContractsClientOptions.MaxResponseBytes"/>. Its methods turn the body into the operation's result or
/// into the exception the status calls for.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ContractsResponse
{
    private readonly ApiException? _bodyTooLarge;

    internal ContractsResponse(HttpResponseMessage message, string operation, byte[] body, ApiException? bodyTooLarge)
    {
        Message = message;
        Operation = operation;
        Body = body;
        _bodyTooLarge = bodyTooLarge;
    }

    /// <summary>The HTTP response; disposed once the reader returns.</summary>
    public HttpResponseMessage Message { get; }

    /// <summary>The operation, as "POST /path", for messages.</summary>
    public string Operation { get; }

    /// <summary>The body (empty when it was not read: a success whose operation declares no body).</summary>
    public byte[] Body { get; }

    /// <summary>The status code as a number.</summary>
    public int Status => (int)Message.StatusCode;

    /// <summary>True for a 2xx status.</summary>
    public bool IsSuccess => Status >= 200 && Status < 300;

    /// <summary>
    /// The body read as JSON of <typeparamref name="T"/>. Responses are read leniently (a missing required member is a
    /// finding of Validate(), not an exception); a body that is not that JSON, or JSON null where no null is possible,
    /// throws an <see cref="ApiException"/> carrying the body.
    /// </summary>
    public T Json<T>(JsonTypeInfo<T> typeInfo)
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(Body, typeInfo);
        }
        catch (JsonException exception)
        {
            throw ContractsHttp.InvalidBody(Message, Operation, Body, exception);
        }
        // A value type cannot be null: JSON null either fails to read or is a value (a JsonElement of kind Null).
        if (value is null && !typeof(T).IsValueType)
        {
            throw ContractsHttp.InvalidBody(Message, Operation, Body, new JsonException("The response body is JSON null."));
        }
        return value!;
    }

    /// <summary>The body as UTF-8 text.</summary>
    public string Text() => Encoding.UTF8.GetString(Body);

    /// <summary>
    /// The exception for a status whose body the operation declares as <typeparamref name="TError"/>: an
    /// <see cref="ApiException{TError}"/> when the body reads as that JSON, else a plain <see cref="ApiException"/>.
    /// </summary>
    public ApiException Error<TError>(JsonTypeInfo<TError> typeInfo)
    {
        if (_bodyTooLarge is not null) return _bodyTooLarge;
        TError? error = default;
        var read = false;
        try
        {
            error = JsonSerializer.Deserialize(Body, typeInfo);
            read = error is not null;
        }
        catch (JsonException)
        {
        }
        var headers = ContractsHttp.CollectHeaders(Message);
        return read
            ? new ApiException<TError>(Operation, Message.StatusCode, Message.ReasonPhrase, headers, Text(), error!)
            : new ApiException(Operation, Message.StatusCode, Message.ReasonPhrase, headers, Text());
    }

    /// <summary>The exception for a status the operation does not expect (its body kept as text, or empty when too large).</summary>
    public ApiException Unexpected()
        => new(Operation, Message.StatusCode, Message.ReasonPhrase, ContractsHttp.CollectHeaders(Message), _bodyTooLarge is null ? Text() : "");
}
