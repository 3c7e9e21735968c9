using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Contracts.Img2Img;

/// <summary>
/// Progress on stderr, so stdout stays the list of saved files: one line whenever the status or the model's last log line
/// (its progress bar) changes, with the time since the prediction was created.
/// </summary>
internal sealed class ProgressReporter
{
    private const int LongestLogLine = 100;

    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string? _last;

    public ProgressReporter(TextWriter error) => _error = error;

    public void Report(string id, string status, string? logs)
    {
        var line = $"{id}: {status}";
        if (LastLine(logs) is { Length: > 0 } log) line += " | " + log;
        if (line == _last) return;
        _last = line;
        _error.WriteLine($"[{_clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s] {line}");
    }

    public void Note(string text) => _error.WriteLine(text);

    private static string? LastLine(string? logs)
    {
        if (string.IsNullOrWhiteSpace(logs)) return null;
        // Progress bars redraw with carriage returns; the text after the last one is what a terminal would show.
        var lines = logs.TrimEnd().Split('\n');
        var last = lines[^1];
        var redraw = last.LastIndexOf('\r');
        if (redraw >= 0) last = last[(redraw + 1)..];
        last = last.Trim();
        return last.Length <= LongestLogLine ? last : last[..LongestLogLine] + "…";
    }
}
