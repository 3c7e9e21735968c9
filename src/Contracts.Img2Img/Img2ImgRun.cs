using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Replicate;

namespace Contracts.Img2Img;

/// <summary>One run: read the image, validate, create the prediction, follow it, save the images. Returns the exit code.</summary>
internal sealed class Img2ImgRun
{
    /// <summary>How long cancelling on the way out may take; the program is exiting and must not hang on a dead server.</summary>
    private static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(10);

    private readonly Img2ImgSettings _settings;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly SecretRedaction _redaction;
    private readonly ProgressReporter _progress;

    public Img2ImgRun(Img2ImgSettings settings, TextWriter output, TextWriter error)
    {
        _settings = settings;
        _output = output;
        _error = error;
        _redaction = new SecretRedaction(settings.ApiKey);
        _progress = new ProgressReporter(error);
    }

    public async Task<int> RunAsync(CancellationToken interrupted)
    {
        if (await ReadImageAsync() is not { } image) return ExitCodes.BadUsage;
        var request = PredictionRequestFactory.Create(_settings, image);
        // The generated limits, checked here so a bad option is named before anything is sent.
        var violations = request.Validate();
        if (violations.Count > 0)
        {
            foreach (var violation in violations) _error.WriteLine("error: " + violation);
            return ExitCodes.BadUsage;
        }

        using var timeout = new CancellationTokenSource(_settings.Timeout);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(interrupted, timeout.Token);
        HttpMessageHandler handler = new SocketsHttpHandler();
        if (_settings.PreferWaitSeconds is { } seconds) handler = new PreferWaitHandler(seconds, handler);
        using var api = new HttpClient(handler) { BaseAddress = _settings.BaseUrl };
        var options = new ContractsClientOptions { ApiKey = _settings.ApiKey };
        var lifecycle = new ReplicatePredictionLifecycleClient(api, options);

        string? runningId = null;
        var creating = true;
        try
        {
            // A create call already sent may have started a prediction that bills until it ends. Stopping therefore does
            // not abandon the call: it waits, for CancelGrace at most, for the prediction's id so it can be cancelled.
            PostPredictionsResponse created;
            using (var createDeadline = new CancellationTokenSource())
            using (stop.Token.Register(() => createDeadline.CancelAfter(CancelGrace)))
            {
                created = await new ReplicatePredictionsClient(api, options).PostPredictionsAsync(request, cancellationToken: createDeadline.Token).ConfigureAwait(false);
            }
            creating = false;
            if (string.IsNullOrEmpty(created.Id))
            {
                _error.WriteLine("error: the API answered the create call without a prediction id.");
                return ExitCodes.ApiError;
            }
            var createdStatus = new PredictionStatus(created.Status ?? "");
            runningId = created.Id;
            _progress.Report(created.Id, createdStatus.Value, created.Logs);
            stop.Token.ThrowIfCancellationRequested();

            var finished = await new PredictionFollower(lifecycle, _progress)
                .FollowAsync(created.Id, PredictionFollower.IsFinished(createdStatus), stop.Token).ConfigureAwait(false);
            runningId = null;
            if (finished.Status != PredictionStatus.Succeeded)
            {
                _error.WriteLine($"error: prediction {finished.Id} {finished.Status.Value}" + (string.IsNullOrEmpty(finished.Error) ? "." : ": " + _redaction.Apply(finished.Error)));
                return ExitCodes.PredictionFailed;
            }
            if (finished.Output is not { Count: > 0 } urls)
            {
                _error.WriteLine($"error: prediction {finished.Id} succeeded but lists no output image.");
                return ExitCodes.PredictionFailed;
            }
            return await SaveAsync(finished.Id, urls, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            var timedOut = !interrupted.IsCancellationRequested;
            _error.WriteLine(timedOut
                ? $"error: no result within {_settings.Timeout.TotalSeconds} s (--timeout)."
                : "interrupted.");
            if (runningId is not null) await CancelAsync(lifecycle, runningId).ConfigureAwait(false);
            else if (creating)
            {
                _error.WriteLine($"warning: the create call was still unanswered {CancelGrace.TotalSeconds} s after stopping, so no prediction id is known "
                    + "and nothing could be cancelled; a prediction may be running on the server (check your dashboard).");
            }
            return timedOut ? ExitCodes.TimedOut : ExitCodes.Interrupted;
        }
        catch (ApiException failure)
        {
            var hint = failure.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                ? " Check the API key (--api-key or REPLICATE_API_TOKEN)."
                : "";
            _error.WriteLine("error: " + _redaction.Apply(failure.Message) + hint);
            return ExitCodes.ApiError;
        }
        catch (Exception failure) when (failure is HttpRequestException or InvalidDataException or TaskCanceledException)
        {
            // TaskCanceledException here is HttpClient's own timeout: the stop token was not cancelled.
            _error.WriteLine("error: " + _redaction.Apply(failure.Message));
            return ExitCodes.ApiError;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            _error.WriteLine($"error: cannot save to '{_settings.OutputFolder}': {failure.Message}");
            return ExitCodes.BadUsage;
        }
    }

    /// <summary>The image field's value, or null (reported) when a local file cannot be read.</summary>
    private async Task<string?> ReadImageAsync()
    {
        if (ImageInput.IsUrl(_settings.Image)) return _settings.Image;
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(_settings.Image).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            _error.WriteLine($"error: cannot read the image '{_settings.Image}': {failure.Message}");
            return null;
        }
        if (bytes.Length > ImageInput.LargeFileBytes)
        {
            _error.WriteLine($"warning: '{_settings.Image}' is {bytes.Length / 1024} KiB; it is sent inside the request as a data URI. An image URL keeps the request small.");
        }
        return ImageInput.ToDataUri(bytes, _settings.Image);
    }

    private async Task<int> SaveAsync(string id, IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        using var downloads = new HttpClient();
        var saved = await new OutputDownloader(downloads).SaveAllAsync(urls, _settings.OutputFolder, id, cancellationToken).ConfigureAwait(false);
        foreach (var path in saved) _output.WriteLine(path);
        _progress.Note($"saved {saved.Count} image(s) to {_settings.OutputFolder}");
        return ExitCodes.Success;
    }

    private async Task CancelAsync(ReplicatePredictionLifecycleClient lifecycle, string id)
    {
        using var grace = new CancellationTokenSource(CancelGrace);
        try
        {
            var canceled = await lifecycle.CancelPredictionAsync(id, cancellationToken: grace.Token).ConfigureAwait(false);
            _error.WriteLine($"canceled prediction {id} (status {canceled.Status.Value}).");
        }
        catch (Exception failure) when (failure is ApiException or HttpRequestException or OperationCanceledException)
        {
            _error.WriteLine($"error: cancelling prediction {id} failed: {_redaction.Apply(failure.Message)}");
        }
    }
}
