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
public class SeedResponseJsonBenchmarks : JsonWriteBenchmarks<PostPredictionsResponse, SeedResponseByHand>
{
    private const string Read = "Deserialize";

    private byte[] _json = null!;
    private string _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedPage.ResponseExample;
        _json = Encoding.UTF8.GetBytes(_text);
        PrepareWriters(_json, "example", ReplicatePredictionsJsonContext.Default.PostPredictionsResponse, HandWrittenSeedJsonContext.Default.SeedResponseByHand);
    }

    [Benchmark, BenchmarkCategory(Read)]
    public PostPredictionsResponse? Deserialize_Contracts() => JsonSerializer.Deserialize(_json, ReplicatePredictionsJsonContext.Default.PostPredictionsResponse);

    [Benchmark(Baseline = true), BenchmarkCategory(Read)]
    public SeedResponseByHand? Deserialize_StjSourceGen() => JsonSerializer.Deserialize(_json, HandWrittenSeedJsonContext.Default.SeedResponseByHand);

    [Benchmark, BenchmarkCategory(Read)]
    public SeedResponseByHand? Deserialize_StjReflection() => JsonSerializer.Deserialize<SeedResponseByHand>(_json, BaselineSettings.Reflection);

    [Benchmark, BenchmarkCategory(Read)]
    public SeedResponseByHand? Deserialize_Newtonsoft() => Newtonsoft.Json.JsonConvert.DeserializeObject<SeedResponseByHand>(_text, BaselineSettings.Newtonsoft);
}
