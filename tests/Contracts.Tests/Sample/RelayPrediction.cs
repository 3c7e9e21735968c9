namespace Contracts.Tests.Sample;

/// <summary>One prediction as the local relay keeps it.</summary>
internal sealed class RelayPrediction
{
    public RelayPrediction(string id, int outputs)
    {
        Id = id;
        Outputs = outputs;
    }

    public string Id { get; }

    public int Outputs { get; }

    public string Status { get; set; } = "starting";

    public int Polls { get; set; }

    public string Logs { get; set; } = "";

    public string? Error { get; set; }
}
