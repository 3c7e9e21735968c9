using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;

namespace Contracts.Benchmarks.Json;

/// <summary>
/// What every JSON comparison shares: the generated record and the hand-written one read from the same JSON, the four
/// writers over them, and a setup check that every writer writes that JSON back.
/// </summary>
public abstract class JsonWriteBenchmarks<TOurs, TByHand>
    where TOurs : class
    where TByHand : class
{
    protected const string Write = "Serialize";

    private readonly Utf8Output _output = new();
    private JsonTypeInfo<TOurs> _oursInfo = null!;
    private JsonTypeInfo<TByHand> _byHandInfo = null!;
    private TOurs _ours = null!;
    private TByHand _byHand = null!;

    [Benchmark, BenchmarkCategory(Write)]
    public Utf8Output Serialize_Contracts()
    {
        JsonSerializer.Serialize(_output.Start(), _ours, _oursInfo);
        return _output;
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Write)]
    public Utf8Output Serialize_StjSourceGen()
    {
        JsonSerializer.Serialize(_output.Start(), _byHand, _byHandInfo);
        return _output;
    }

    [Benchmark, BenchmarkCategory(Write)]
    public Utf8Output Serialize_StjReflection()
    {
        JsonSerializer.Serialize(_output.Start(), _byHand, BaselineSettings.Reflection);
        return _output;
    }

    [Benchmark, BenchmarkCategory(Write)]
    public string Serialize_Newtonsoft() => Newtonsoft.Json.JsonConvert.SerializeObject(_byHand, BaselineSettings.Newtonsoft);

    /// <summary>Reads <paramref name="written"/> into both records; fails the run unless every writer writes it back.</summary>
    /// <param name="what">Names the JSON in the failure message.</param>
    protected void PrepareWriters(byte[] written, string what, JsonTypeInfo<TOurs> ours, JsonTypeInfo<TByHand> byHand)
    {
        _oursInfo = ours;
        _byHandInfo = byHand;
        _ours = JsonSerializer.Deserialize(written, ours)!;
        _byHand = JsonSerializer.Deserialize(written, byHand)!;

        var expected = Serialize_StjSourceGen().Written.ToArray();
        SameJson.Bytes("generated context", expected, Serialize_Contracts().Written);
        SameJson.Bytes("reflection", expected, Serialize_StjReflection().Written);
        SameJson.Values("Newtonsoft", expected, Serialize_Newtonsoft());
        SameJson.Values(what, written, Encoding.UTF8.GetString(expected));
    }
}
