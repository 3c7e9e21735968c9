using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;

namespace Contracts;

/// <summary>
/// Parses a <c>text/event-stream</c> body as the WHATWG HTML standard ("Interpreting an event stream") says: comments
/// (lines starting with ':') and unknown fields are ignored, a line without ':' is a field with an empty value, one space
/// after the ':' is dropped, <c>data</c> lines are joined by "\n", an <c>id</c> containing NULL is ignored, a <c>retry</c>
/// that is not all ASCII digits is ignored, an empty line dispatches the event (none when no data arrived), and an event
/// left unfinished at the end of the stream is discarded.
/// </summary>
internal static class EventStreamReader
{
    public static async IAsyncEnumerable<ServerSentEvent<T>> ReadAsync<T>(Stream stream, long maxChars, JsonTypeInfo<T>? typeInfo,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = new EventStreamLineReader(stream, maxChars);
        var data = new StringBuilder();
        var hasData = false;
        string? eventType = null;
        var lastEventId = "";
        TimeSpan? reconnectionTime = null;
        string? line;
        while ((line = await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is not null)
        {
            if (line.Length == 0)
            {
                if (hasData)
                {
                    var text = data.ToString(0, data.Length - 1);
                    yield return Dispatch(string.IsNullOrEmpty(eventType) ? "message" : eventType!, text, lastEventId, reconnectionTime, typeInfo);
                }
                data.Clear();
                hasData = false;
                eventType = null;
                continue;
            }
            if (line[0] == ':') continue;
            var colon = line.IndexOf(':');
            var field = colon < 0 ? line : line.Substring(0, colon);
            var value = colon < 0 ? "" : line.Substring(colon + 1 < line.Length && line[colon + 1] == ' ' ? colon + 2 : colon + 1);
            switch (field)
            {
                case "event":
                    eventType = value;
                    break;
                case "data":
                    if (data.Length + value.Length >= maxChars) throw new InvalidDataException($"an event's data is longer than {maxChars} characters (ContractsClientOptions.MaxResponseBytes)");
                    data.Append(value).Append('\n');
                    hasData = true;
                    break;
                case "id":
                    if (value.IndexOf('\0') < 0) lastEventId = value;
                    break;
                case "retry":
                    if (IsAsciiDigits(value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
                    {
                        reconnectionTime = TimeSpan.FromMilliseconds(milliseconds);
                    }
                    break;
            }
        }
    }

    private static ServerSentEvent<T> Dispatch<T>(string eventType, string data, string lastEventId, TimeSpan? reconnectionTime, JsonTypeInfo<T>? typeInfo)
    {
        if (typeInfo is null) return new ServerSentEvent<T>(eventType, data, lastEventId, reconnectionTime, (T)(object)data, null);
        try
        {
            var value = JsonSerializer.Deserialize(data, typeInfo);
            if (value is null && !typeof(T).IsValueType) return new ServerSentEvent<T>(eventType, data, lastEventId, reconnectionTime, default!, "it is JSON null");
            return new ServerSentEvent<T>(eventType, data, lastEventId, reconnectionTime, value!, null);
        }
        catch (JsonException exception)
        {
            return new ServerSentEvent<T>(eventType, data, lastEventId, reconnectionTime, default!, exception.Message);
        }
    }

    private static bool IsAsciiDigits(string value)
    {
        if (value.Length == 0) return false;
        foreach (var c in value)
        {
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}
