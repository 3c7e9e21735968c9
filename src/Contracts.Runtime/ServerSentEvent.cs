using System;

namespace Contracts;

/// <summary>
/// One event of a <c>text/event-stream</c> response, as the WHATWG HTML standard dispatches it: its type, its data (the
/// <c>data</c> lines joined by line feeds), the last event id and the reconnection time the stream asked for, and the
/// data read as <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The type the operation declares for each event's data; string when it declares none.</typeparam>
public sealed class ServerSentEvent<T>
{
    private readonly T _value;
    private readonly string? _valueError;

    internal ServerSentEvent(string eventType, string data, string lastEventId, TimeSpan? reconnectionTime, T value, string? valueError)
    {
        EventType = eventType;
        Data = data;
        LastEventId = lastEventId;
        ReconnectionTime = reconnectionTime;
        _value = value;
        _valueError = valueError;
    }

    /// <summary>The <c>event</c> field; "message" when the event names none.</summary>
    public string EventType { get; }

    /// <summary>The data as sent: every <c>data</c> line of the event, joined by "\n".</summary>
    public string Data { get; }

    /// <summary>The last <c>id</c> the stream set (it carries over to later events); empty when none.</summary>
    public string LastEventId { get; }

    /// <summary>The last valid <c>retry</c> the stream sent, as a reconnection time; null when none.</summary>
    public TimeSpan? ReconnectionTime { get; }

    /// <summary>
    /// True when <see cref="Data"/> reads as <typeparamref name="T"/>; false for data such as "[DONE]" that is not its JSON.
    /// </summary>
    public bool HasValue => _valueError is null;

    /// <summary>The data read as <typeparamref name="T"/>; throws when <see cref="HasValue"/> is false, saying why.</summary>
    public T Value => _valueError is null
        ? _value
        : throw new InvalidOperationException($"The data of this '{EventType}' event is not JSON of {typeof(T).Name}: {_valueError}");

    /// <inheritdoc />
    public override string ToString() => $"{EventType}: {Data}";
}
