using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;

namespace Contracts;

/// <summary>
/// A server's answer as a generated client's response reader sees it: the status and the body, already read within
/// <see cref="ContractsClientOptions.MaxResponseBytes"/> (or, for a streamed success, still on the connection). Its
/// methods turn the body into the operation's result or into the exception the status calls for.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ContractsResponse
{
    private readonly ApiException? _bodyTooLarge;
    private readonly Stream? _stream;
    private readonly long _maxBytes;
    private readonly CancellationToken _cancellationToken;

    internal ContractsResponse(HttpResponseMessage message, string operation, byte[] body, ApiException? bodyTooLarge)
        : this(message, operation, body, bodyTooLarge, null, long.MaxValue, CancellationToken.None)
    {
    }

    internal ContractsResponse(HttpResponseMessage message, string operation, byte[] body, ApiException? bodyTooLarge, Stream? stream,
        long maxBytes, CancellationToken cancellationToken)
    {
        Message = message;
        Operation = operation;
        Body = body;
        _bodyTooLarge = bodyTooLarge;
        _stream = stream;
        _maxBytes = maxBytes;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The HTTP response; disposed once the reader returns, unless the reader handed its body over as a stream.</summary>
    public HttpResponseMessage Message { get; }

    /// <summary>The operation, as "POST /path", for messages.</summary>
    public string Operation { get; }

    /// <summary>The body (empty when it was not read: a success whose operation declares no body, or a streamed one).</summary>
    public byte[] Body { get; }

    /// <summary>The status code as a number.</summary>
    public int Status => (int)Message.StatusCode;

    /// <summary>True for a 2xx status.</summary>
    public bool IsSuccess => Status >= 200 && Status < 300;

    /// <summary>True once a stream reader took the response over; the exchange then leaves it open.</summary>
    internal bool HandedOver { get; private set; }

    /// <summary>
    /// The body read as JSON of <typeparamref name="T"/>. Responses are read leniently (a missing required member is a
    /// finding of Validate(), not an exception); a body that is not that JSON, or JSON null where no null is possible,
    /// throws a <see cref="ResponseBodyException"/> whose message says why.
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
            throw BodyError(WhyNotJson(typeInfo, exception), exception);
        }
        // A value type cannot be null: JSON null either fails to read or is a value (a JsonElement of kind Null).
        if (value is null && !typeof(T).IsValueType)
        {
            throw BodyError("it is JSON null, where the operation declares a value", new JsonException("The response body is JSON null."));
        }
        return value!;
    }

    /// <summary>The body as UTF-8 text.</summary>
    public string Text() => Encoding.UTF8.GetString(Body);

    /// <summary>Hands the streamed body over as a file: the caller disposes it, which releases the connection.</summary>
    public FileResponse File()
    {
        HandedOver = true;
        return new FileResponse(Message, _stream ?? new MemoryStream(Body, writable: false));
    }

    /// <summary>Hands the streamed body over as <c>text/event-stream</c> events whose data is kept as text.</summary>
    public IAsyncEnumerable<ServerSentEvent<string>> EventStream()
        => Owned(EventStreamReader.ReadAsync<string>(TakeStream(), _maxBytes, null, _cancellationToken));

    /// <summary>Hands the streamed body over as <c>text/event-stream</c> events whose data reads as <typeparamref name="T"/>.</summary>
    public IAsyncEnumerable<ServerSentEvent<T>> EventStream<T>(JsonTypeInfo<T> typeInfo)
        => Owned(EventStreamReader.ReadAsync(TakeStream(), _maxBytes, typeInfo, _cancellationToken));

    /// <summary>Hands the streamed body over as <c>application/x-ndjson</c> lines, each kept as its text.</summary>
    public IAsyncEnumerable<string> JsonLines()
        => Owned(JsonLinesReader.ReadAsync<string>(TakeStream(), _maxBytes, null, BodyError, _cancellationToken));

    /// <summary>Hands the streamed body over as <c>application/x-ndjson</c> lines, each read as <typeparamref name="T"/>.</summary>
    public IAsyncEnumerable<T> JsonLines<T>(JsonTypeInfo<T> typeInfo)
        => Owned(JsonLinesReader.ReadAsync(TakeStream(), _maxBytes, typeInfo, BodyError, _cancellationToken));

    /// <summary>
    /// The exception for a status whose body the operation declares as <typeparamref name="TError"/>: an
    /// <see cref="ApiException{TError}"/> when the body reads as that JSON, else as <see cref="Unexpected"/>.
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
        return read
            ? new ApiException<TError>(Operation, Message.StatusCode, Message.ReasonPhrase, ContractsHttp.CollectHeaders(Message), Text(), error!)
            : Unexpected();
    }

    /// <summary>
    /// The exception for a status the operation does not expect (its body kept as text, or empty when too large); an
    /// <c>application/problem+json</c> body becomes an <see cref="ApiException{TError}"/> of <see cref="ProblemDetails"/>.
    /// </summary>
    public ApiException Unexpected()
    {
        var headers = ContractsHttp.CollectHeaders(Message);
        if (_bodyTooLarge is null && IsProblem(Message.Content.Headers.ContentType?.MediaType))
        {
            ProblemDetails? problem = null;
            try
            {
                problem = JsonSerializer.Deserialize(Body, RuntimeJsonContext.Default.ProblemDetails);
            }
            catch (JsonException)
            {
            }
            if (problem is not null) return new ApiException<ProblemDetails>(Operation, Message.StatusCode, Message.ReasonPhrase, headers, Text(), problem);
        }
        return new ApiException(Operation, Message.StatusCode, Message.ReasonPhrase, headers, _bodyTooLarge is null ? Text() : "");
    }

    private static bool IsProblem(string? mediaType)
        => mediaType is not null && mediaType.StartsWith("application/problem+", StringComparison.OrdinalIgnoreCase)
            && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a body is not the JSON of <typeparamref name="T"/>, in words a log reader can act on.</summary>
    private string WhyNotJson<T>(JsonTypeInfo<T> typeInfo, JsonException exception)
    {
        var mediaType = Message.Content.Headers.ContentType?.MediaType;
        if (Body.Length == 0) return "it is empty, where the operation declares JSON";
        if (mediaType is not null && mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return $"it is {mediaType}, not the JSON the operation declares ({exception.Message})";
        }
        var maxDepth = typeInfo.Options.MaxDepth == 0 ? 64 : typeInfo.Options.MaxDepth;
        if (NestsDeeperThan(maxDepth))
        {
            return $"its JSON is nested deeper than {maxDepth} levels";
        }
        return $"it is not JSON of {typeof(T).Name}: {exception.Message}";
    }

    /// <summary>True when the body opens more than <paramref name="maxDepth"/> objects or arrays inside each other.</summary>
    private bool NestsDeeperThan(int maxDepth)
    {
        var reader = new Utf8JsonReader(Body, new JsonReaderOptions { MaxDepth = maxDepth + 1, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= maxDepth) return true;
            }
        }
        catch (JsonException)
        {
        }
        return false;
    }

    private ResponseBodyException BodyError(string reason, Exception? inner)
        => new(Operation, Message.StatusCode, Message.ReasonPhrase, ContractsHttp.CollectHeaders(Message), Text(), reason, inner);

    private Stream TakeStream()
    {
        HandedOver = true;
        return _stream ?? new MemoryStream(Body, writable: false);
    }

    /// <summary>Enumerates <paramref name="items"/>, disposing the response at the end and naming the operation in read failures.</summary>
    private async IAsyncEnumerable<T> Owned<T>(IAsyncEnumerable<T> items)
    {
        try
        {
            await using var enumerator = items.GetAsyncEnumerator(_cancellationToken);
            while (true)
            {
                bool more;
                try
                {
                    more = await enumerator.MoveNextAsync().ConfigureAwait(false);
                }
                catch (InvalidDataException exception)
                {
                    throw BodyError(exception.Message, exception);
                }
                catch (Exception exception) when (exception is IOException or HttpRequestException && !_cancellationToken.IsCancellationRequested)
                {
                    throw BodyError("the stream was cut short: " + exception.Message, exception);
                }
                if (!more) break;
                yield return enumerator.Current;
            }
        }
        finally
        {
            Message.Dispose();
        }
    }
}
