using System;

namespace Contracts.Img2Img;

/// <summary>One run's settings, after parsing; the API key is left out of <see cref="ToString"/>.</summary>
internal sealed record Img2ImgSettings
{
    public required string Image { get; init; }
    public string? Prompt { get; init; }
    public int? NumOutputs { get; init; }
    public double? GuidanceScale { get; init; }
    public double? PromptStrength { get; init; }
    public int? NumInferenceSteps { get; init; }
    public string? Scheduler { get; init; }
    public required string ModelVersion { get; init; }
    public required Uri BaseUrl { get; init; }
    public required string ApiKey { get; init; }
    public required string OutputFolder { get; init; }
    public int? PreferWaitSeconds { get; init; }
    public required TimeSpan Timeout { get; init; }

    public override string ToString() => $"img2img {{ Image = {Image}, BaseUrl = {BaseUrl}, ApiKey = (set), OutputFolder = {OutputFolder} }}";
}
