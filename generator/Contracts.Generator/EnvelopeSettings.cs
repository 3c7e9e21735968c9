namespace Contracts.Generator;

/// <summary>
/// The ContractsEnvelope… item metadata as written (null when not set): whether envelopes are unwrapped, the names of
/// the code, message and data members, and the code's success values separated by '|' or ','.
/// </summary>
internal sealed record EnvelopeSettings(string? Enabled, string? Code, string? Message, string? Data, string? Success)
{
    public const string EnabledName = "ContractsEnvelope";
    public const string CodeName = "ContractsEnvelopeCode";
    public const string MessageName = "ContractsEnvelopeMessage";
    public const string DataName = "ContractsEnvelopeData";
    public const string SuccessName = "ContractsEnvelopeSuccess";

    public bool IsEmpty => Enabled is null && Code is null && Message is null && Data is null && Success is null;
}
