using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Contracts.Benchmarks.Infrastructure;
using Contracts.Replicate;

namespace Contracts.Benchmarks.Json;

/// <summary>
/// The seed's request through the generated context against the same shape by hand with System.Text.Json's source
/// generator (the baseline), System.Text.Json reflection and Newtonsoft.Json.
/// </summary>
[WarmJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory), CategoriesColumn]
public class SeedRequestJsonBenchmarks : JsonWriteBenchmarks<PostPredictionsRequest, SeedRequestByHand>
{
    private const string Read = "Deserialize seed example";
    private const string ReadDeclared = "Deserialize, declared members only";

    private byte[] _example = null!;
    private string _exampleText = null!;
    private byte[] _declared = null!;
    private string _declaredText = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The page's example sends "version", which the schema does not declare: the generated record keeps it in
        // AdditionalProperties, the hand-written classes drop it. So reading is measured with and without it.
        _exampleText = SeedPage.RequestExample;
        _example = Encoding.UTF8.GetBytes(_exampleText);
        var declared = JsonNode.Parse(_exampleText)!.AsObject();
        declared.Remove("version");
        _declaredText = declared.ToJsonString();
        _declared = Encoding.UTF8.GetBytes(_declaredText);

        PrepareWriters(_declared, "declared-only payload", ReplicatePredictionsJsonContext.Default.PostPredictionsRequest, HandWrittenSeedJsonContext.Default.SeedRequestByHand);
        if (Deserialize_Contracts()!.AdditionalProperties?.ContainsKey("version") != true || Deserialize_StjSourceGenKeepingUnknown()!.AdditionalProperties?.ContainsKey("version") != true)
        {
            throw new System.InvalidOperationException("Both keeping readers must keep the undeclared 'version'.");
        }
    }

    [Benchmark, BenchmarkCategory(Read)]
    public PostPredictionsRequest? Deserialize_Contracts() => JsonSerializer.Deserialize(_example, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest);

    [Benchmark(Baseline = true), BenchmarkCategory(Read)]
    public SeedRequestByHand? Deserialize_StjSourceGen() => JsonSerializer.Deserialize(_example, HandWrittenSeedJsonContext.Default.SeedRequestByHand);

    /// <summary>The baseline with [JsonExtensionData], so it keeps "version" too (and loses the fast path).</summary>
    [Benchmark, BenchmarkCategory(Read)]
    public SeedRequestKeepingUnknownByHand? Deserialize_StjSourceGenKeepingUnknown() => JsonSerializer.Deserialize(_example, HandWrittenSeedJsonContext.Default.SeedRequestKeepingUnknownByHand);

    [Benchmark, BenchmarkCategory(Read)]
    public SeedRequestByHand? Deserialize_StjReflection() => JsonSerializer.Deserialize<SeedRequestByHand>(_example, BaselineSettings.Reflection);

    [Benchmark, BenchmarkCategory(Read)]
    public SeedRequestByHand? Deserialize_Newtonsoft() => Newtonsoft.Json.JsonConvert.DeserializeObject<SeedRequestByHand>(_exampleText, BaselineSettings.Newtonsoft);

    [Benchmark, BenchmarkCategory(ReadDeclared)]
    public PostPredictionsRequest? DeserializeDeclared_Contracts() => JsonSerializer.Deserialize(_declared, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest);

    [Benchmark(Baseline = true), BenchmarkCategory(ReadDeclared)]
    public SeedRequestByHand? DeserializeDeclared_StjSourceGen() => JsonSerializer.Deserialize(_declared, HandWrittenSeedJsonContext.Default.SeedRequestByHand);

    [Benchmark, BenchmarkCategory(ReadDeclared)]
    public SeedRequestByHand? DeserializeDeclared_StjReflection() => JsonSerializer.Deserialize<SeedRequestByHand>(_declared, BaselineSettings.Reflection);

    [Benchmark, BenchmarkCategory(ReadDeclared)]
    public SeedRequestByHand? DeserializeDeclared_Newtonsoft() => Newtonsoft.Json.JsonConvert.DeserializeObject<SeedRequestByHand>(_declaredText, BaselineSettings.Newtonsoft);
}
