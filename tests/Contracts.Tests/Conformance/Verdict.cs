namespace Contracts.Tests.Conformance;

/// <summary>What the generated code said about one instance: valid, or invalid with the reason (a violation or a JsonException).</summary>
public readonly record struct Verdict(bool Valid, string Detail)
{
    /// <summary>Reads the probe's answer: "valid", or "invalid: …" (anything else is a crash, kept in the detail).</summary>
    public static Verdict Parse(string answer) => new(answer == "valid", answer);

    public override string ToString() => Detail;
}
