using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Contracts.Benchmarks.Infrastructure;
using Contracts.Replicate;

namespace Contracts.Benchmarks.Json;

/// <summary>The seed's prediction response (its 成功示例 example) through each library, as for the request.</summary>
[WarmJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory), CategoriesColumn]
public class SeedResponseJsonBenchmarks
{
    private const string Write = "Serialize";
    private const string Read = "Deserialize";

    private readonly Utf8Output _output = new();
    private byte[] _json = null!;
    private string _text = null!;
    private PostPredictionsResponse _ours = null!;
    private SeedResponseByHand _byHand = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedPage.ResponseExample;
        _json = Encoding.UTF8.GetBytes(_text);
        _ours = JsonSerializer.Deserialize(_json, ReplicatePredictionsJsonContext.Default.PostPredictionsResponse)!;
        _byHand = JsonSerializer.Deserialize(_json, HandWrittenSeedJsonContext.Default.SeedResponseByHand)!;

        var expected = Serialize_StjSourceGen().Written.ToArray();
        SameJson.Bytes("generated context", expected, Serialize_Contracts().Written);
        SameJson.Bytes("reflection", expected, Serialize_StjReflection().Written);
        SameJson.Values("Newtonsoft", expected, Serialize_Newtonsoft());
        SameJson.Values("example", _json, Encoding.UTF8.GetString(expected));
    }

    [Benchmark, BenchmarkCategory(Write)]
    public Utf8Output Serialize_Contracts()
    {
        JsonSerializer.Serialize(_output.Start(), _ours, ReplicatePredictionsJsonContext.Default.PostPredictionsResponse);
        return _output;
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Write)]
    public Utf8Output Serialize_StjSourceGen()
    {
        JsonSerializer.Serialize(_output.Start(), _byHand, HandWrittenSeedJsonContext.Default.SeedResponseByHand);
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

    [Benchmark, BenchmarkCategory(Read)]
    public PostPredictionsResponse? Deserialize_Contracts() => JsonSerializer.Deserialize(_json, ReplicatePredictionsJsonContext.Default.PostPredictionsResponse);

    [Benchmark(Baseline = true), BenchmarkCategory(Read)]
    public SeedResponseByHand? Deserialize_StjSourceGen() => JsonSerializer.Deserialize(_json, HandWrittenSeedJsonContext.Default.SeedResponseByHand);

    [Benchmark, BenchmarkCategory(Read)]
    public SeedResponseByHand? Deserialize_StjReflection() => JsonSerializer.Deserialize<SeedResponseByHand>(_json, BaselineSettings.Reflection);

    [Benchmark, BenchmarkCategory(Read)]
    public SeedResponseByHand? Deserialize_Newtonsoft() => Newtonsoft.Json.JsonConvert.DeserializeObject<SeedResponseByHand>(_text, BaselineSettings.Newtonsoft);
}
