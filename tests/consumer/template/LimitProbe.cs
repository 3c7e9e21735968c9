// Built only with -p:ContractsLimitProbe=true (tests/consumer/run.sh): proves the analyzer shipped in the package runs
// in a real build. The literal 9 breaks the maximum the seed states in prose (最大值:8), so the build reports CTR6001.
using Consumer.ReplicateCreatePrediction;

internal static class LimitProbe
{
    public static PostPredictionsRequestInput TooMany() => new() { Image = "https://example.com/sketch.png", NumOutputs = 9 };
}
