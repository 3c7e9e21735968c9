using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Replicate;

namespace Contracts.Img2Img;

/// <summary>Polls a prediction, with backoff, until it succeeds, fails or is canceled; reports each change.</summary>
internal sealed class PredictionFollower
{
    /// <summary>Polls in a row that may fail on a server error or rate limit before the run gives up.</summary>
    private const int TolerableFailedPolls = 3;

    private readonly ReplicatePredictionLifecycleClient _client;
    private readonly ProgressReporter _progress;

    public PredictionFollower(ReplicatePredictionLifecycleClient client, ProgressReporter progress)
    {
        _client = client;
        _progress = progress;
    }

    public static bool IsFinished(PredictionStatus status)
        => status == PredictionStatus.Succeeded || status == PredictionStatus.Failed || status == PredictionStatus.Canceled;

    /// <param name="finishedAlready">The create call said it is done (Prefer: wait), so the first poll is immediate.</param>
    public async Task<Prediction> FollowAsync(string id, bool finishedAlready, CancellationToken cancellationToken)
    {
        var backoff = new PollBackoff();
        var delay = finishedAlready ? TimeSpan.Zero : backoff.Next();
        var failedPolls = 0;
        while (true)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = backoff.Next();
            Prediction prediction;
            try
            {
                prediction = await _client.GetPredictionAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException transient) when (IsTransient(transient.StatusCode) && ++failedPolls <= TolerableFailedPolls)
            {
                _progress.Note($"{id}: poll answered {(int)transient.StatusCode}; trying again");
                continue;
            }
            failedPolls = 0;
            _progress.Report(id, prediction.Status.Value, prediction.Logs);
            if (IsFinished(prediction.Status)) return prediction;
        }
    }

    private static bool IsTransient(HttpStatusCode status) => (int)status >= 500 || status == HttpStatusCode.TooManyRequests;
}
