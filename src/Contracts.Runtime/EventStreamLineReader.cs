using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

/// <summary>
/// Reads the lines of an event stream as the WHATWG standard splits them: CRLF, LF or a lone CR ends a line; a leading
/// byte order mark is dropped; a line longer than the limit fails instead of growing without end. A line is returned as
/// soon as its CR arrives (a following LF is skipped later), so a CR-only stream is not held back waiting for the next byte.
/// </summary>
internal sealed class EventStreamLineReader
{
    private readonly Stream _stream;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly byte[] _bytes = new byte[8 * 1024];
    private readonly char[] _chars = new char[8 * 1024 + 1];
    private readonly StringBuilder _line = new();
    private readonly long _maxChars;
    private int _position;
    private int _length;
    private bool _skipLineFeed;
    private bool _started;

    public EventStreamLineReader(Stream stream, long maxChars)
    {
        _stream = stream;
        _maxChars = maxChars;
    }

    /// <summary>The next line without its end; null at the end of the stream (a last line with no end is dropped, as the standard says).</summary>
    public async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        while (true)
        {
            if (_position == _length)
            {
                var read = await _stream.ReadAsync(_bytes.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (read == 0) return null;
                _length = _decoder.GetChars(_bytes, 0, read, _chars, 0, flush: false);
                _position = 0;
                if (!_started && _length > 0)
                {
                    _started = true;
                    if (_chars[0] == '\uFEFF') _position = 1;
                }
                continue;
            }
            var c = _chars[_position++];
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (c == '\n') continue;
            }
            if (c == '\r')
            {
                _skipLineFeed = true;
                return _line.ToString();
            }
            if (c == '\n') return _line.ToString();
            if (_line.Length >= _maxChars) throw new InvalidDataException($"a line of the event stream is longer than {_maxChars} characters (ContractsClientOptions.MaxResponseBytes)");
            _line.Append(c);
        }
    }
}
