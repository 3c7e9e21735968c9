namespace Contracts.Tests.Sample;

/// <summary>How the local relay's predictions end.</summary>
public enum RelayScenario
{
    /// <summary>starting, then processing for two polls, then succeeded with one image per requested output.</summary>
    Succeeds,

    /// <summary>starting, processing, then failed with an error message.</summary>
    Fails,

    /// <summary>starting, then processing for ever (until cancelled).</summary>
    NeverFinishes,
}
