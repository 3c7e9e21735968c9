using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Replicate;

namespace Contracts.Img2Img;

/// <summary>The command line: options, their help (limits from the generated constants), and the settings they make.</summary>
internal static class Img2ImgCommand
{
    public const string BaseUrlVariable = "REPLICATE_BASE_URL";
    public const string ApiKeyVariable = "REPLICATE_API_TOKEN";

    /// <summary>The version in the seed page's example request.</summary>
    public const string DefaultModelVersion = "stability-ai/stable-diffusion-img2img:15a3689ee13b0d2616e98820eca31d4c3abcd36672df6afce5cb6feb1d66087d";

    private const int LongestPreferWait = 60;

    public static RootCommand Create(Func<Img2ImgSettings, CancellationToken, Task<int>> run)
    {
        var image = new Option<string>("--image", "-i")
        {
            Description = "The starting image: a local file (sent as a data URI) or an http(s) URL.",
            HelpName = "file|url",
            Required = true,
        };
        var prompt = new Option<string?>("--prompt", "-p") { Description = "What the image should become." };
        var numOutputs = new Option<int?>("--num-outputs", "-n")
        {
            Description = $"Images to generate, {PostPredictionsRequestInput.NumOutputsMinimum} to {PostPredictionsRequestInput.NumOutputsMaximum} [default: {PostPredictionsRequestInput.NumOutputsDefault}].",
        };
        var guidanceScale = new Option<double?>("--guidance-scale")
        {
            Description = $"Classifier-free guidance scale, {Text(PostPredictionsRequestInput.GuidanceScaleMinimum)} to {Text(PostPredictionsRequestInput.GuidanceScaleMaximum)} [default: {Text(PostPredictionsRequestInput.GuidanceScaleDefault)}].",
        };
        var promptStrength = new Option<double?>("--prompt-strength")
        {
            Description = $"How far the prompt may move away from the image; 1.0 discards the image's information entirely [default: {Text(PostPredictionsRequestInput.PromptStrengthDefault)}].",
        };
        var numInferenceSteps = new Option<int?>("--num-inference-steps")
        {
            Description = $"Denoising steps, {PostPredictionsRequestInput.NumInferenceStepsMinimum} to {PostPredictionsRequestInput.NumInferenceStepsMaximum} [default: {PostPredictionsRequestInput.NumInferenceStepsDefault}].",
        };
        var scheduler = new Option<string?>("--scheduler") { Description = "The sampler, such as DPMSolverMultistep [default: the model's]." };
        var modelVersion = new Option<string>("--model-version")
        {
            Description = "The model version to run.",
            DefaultValueFactory = _ => DefaultModelVersion,
        };
        var baseUrl = new Option<string?>("--base-url") { Description = $"The API relay's root URL [default: ${BaseUrlVariable}].", HelpName = "url" };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"The API token [default: ${ApiKeyVariable}; prefer the variable, since other users can see a command line].",
            HelpName = "token",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder the images are saved to, as <prediction id>-<n>.<ext>.",
            HelpName = "dir",
            DefaultValueFactory = _ => "outputs",
        };
        var preferWait = new Option<int?>("--prefer-wait")
        {
            Description = $"Ask the create call to hold its answer up to this many seconds (1 to {LongestPreferWait}) for the result (header Prefer: wait=N); polling takes over after.",
            HelpName = "seconds",
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Give up, and cancel the prediction, after this many seconds.",
            HelpName = "seconds",
            DefaultValueFactory = _ => 600,
        };

        var command = new RootCommand(
            "Turn a sketch into images with stable-diffusion img2img through a Replicate API relay: creates the prediction, "
            + "shows its progress on stderr, and saves the output images, printing their paths on stdout. Ctrl+C cancels the "
            + "prediction. Exit code: 0 saved, 1 the prediction failed or was canceled, 2 bad usage or input outside the limits, "
            + $"3 the API answered with an error or could not be reached, 4 --timeout passed, {ExitCodes.Interrupted} interrupted.")
        {
            image, prompt, numOutputs, guidanceScale, promptStrength, numInferenceSteps, scheduler, modelVersion,
            baseUrl, apiKey, output, preferWait, timeout,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var url = parseResult.GetValue(baseUrl) ?? Environment.GetEnvironmentVariable(BaseUrlVariable);
            var key = parseResult.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
            var wait = parseResult.GetValue(preferWait);
            var seconds = parseResult.GetValue(timeout);
            if (Problem(url, key, wait, seconds) is { } problem)
            {
                error.WriteLine("error: " + problem);
                return Task.FromResult(ExitCodes.BadUsage);
            }
            var settings = new Img2ImgSettings
            {
                Image = parseResult.GetRequiredValue(image),
                Prompt = parseResult.GetValue(prompt),
                NumOutputs = parseResult.GetValue(numOutputs),
                GuidanceScale = parseResult.GetValue(guidanceScale),
                PromptStrength = parseResult.GetValue(promptStrength),
                NumInferenceSteps = parseResult.GetValue(numInferenceSteps),
                Scheduler = parseResult.GetValue(scheduler),
                ModelVersion = parseResult.GetRequiredValue(modelVersion),
                BaseUrl = new Uri(url!.TrimEnd('/') + "/"),
                ApiKey = key!,
                OutputFolder = parseResult.GetRequiredValue(output),
                PreferWaitSeconds = wait,
                Timeout = TimeSpan.FromSeconds(seconds),
            };
            return run(settings, cancellationToken);
        });
        return command;
    }

    /// <summary>What is wrong with the settings the schema does not cover, or null.</summary>
    private static string? Problem(string? url, string? key, int? wait, double seconds)
    {
        if (string.IsNullOrWhiteSpace(url)) return $"no API base URL: pass --base-url or set {BaseUrlVariable}.";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp))
            return $"the base URL must be an absolute http(s) URL (was '{url}').";
        if (string.IsNullOrEmpty(key)) return $"no API key: set {ApiKeyVariable} (or pass --api-key).";
        if (wait is < 1 or > LongestPreferWait) return $"--prefer-wait must be 1 to {LongestPreferWait} seconds (was {wait}).";
        if (!(seconds > 0)) return "--timeout must be a positive number of seconds.";
        return null;
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
