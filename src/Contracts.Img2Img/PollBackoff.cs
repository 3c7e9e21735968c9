using System;

namespace Contracts.Img2Img;

/// <summary>Delays between polls: short at first, when a fast prediction may already be done, then growing to a cap.</summary>
internal sealed class PollBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(5);
    private const double Growth = 1.5;

    private TimeSpan _next = First;

    public TimeSpan Next()
    {
        var delay = _next;
        _next = TimeSpan.FromTicks(Math.Min((long)(_next.Ticks * Growth), Longest.Ticks));
        return delay;
    }
}
