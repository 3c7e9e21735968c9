namespace Contracts.Img2Img;

/// <summary>What the exit code tells a script; listed in the help text.</summary>
internal static class ExitCodes
{
    /// <summary>The prediction succeeded and every image was saved.</summary>
    public const int Success = 0;

    /// <summary>The prediction ended as failed or canceled on the server.</summary>
    public const int PredictionFailed = 1;

    /// <summary>Bad usage: a missing setting, an unreadable image, or input outside the schema's limits.</summary>
    public const int BadUsage = 2;

    /// <summary>The API answered with an error status (such as 401) or could not be reached.</summary>
    public const int ApiError = 3;

    /// <summary>--timeout passed first; the prediction was canceled.</summary>
    public const int TimedOut = 4;

    /// <summary>Interrupted by Ctrl+C (SIGINT) or SIGTERM; the prediction was canceled. 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;
}
