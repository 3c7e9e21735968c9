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
public class SeedRequestJsonBenchmarks
{
    private const string Write = "Serialize";
    private const string Read = "Deserialize seed example";
    private const string ReadDeclared = "Deserialize, declared members only";

    private readonly Utf8Output _output = new();
    private byte[] _example = null!;
    private string _exampleText = null!;
    private byte[] _declared = null!;
    private string _declaredText = null!;
    private PostPredictionsRequest _ours = null!;
    private SeedRequestByHand _byHand = null!;

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

        _ours = JsonSerializer.Deserialize(_declared, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest)!;
        _byHand = JsonSerializer.Deserialize(_declared, HandWrittenSeedJsonContext.Default.SeedRequestByHand)!;

        var expected = Serialize_StjSourceGen().Written.ToArray();
        SameJson.Bytes("generated context", expected, Serialize_Contracts().Written);
        SameJson.Bytes("reflection", expected, Serialize_StjReflection().Written);
        SameJson.Values("Newtonsoft", expected, Serialize_Newtonsoft());
        SameJson.Values("declared-only payload", _declared, Encoding.UTF8.GetString(expected));
        if (Deserialize_Contracts()!.AdditionalProperties?.ContainsKey("version") != true || Deserialize_StjSourceGenKeepingUnknown()!.AdditionalProperties?.ContainsKey("version") != true)
        {
            throw new System.InvalidOperationException("Both keeping readers must keep the undeclared 'version'.");
        }
    }

    [Benchmark, BenchmarkCategory(Write)]
    public Utf8Output Serialize_Contracts()
    {
        JsonSerializer.Serialize(_output.Start(), _ours, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest);
        return _output;
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Write)]
    public Utf8Output Serialize_StjSourceGen()
    {
        JsonSerializer.Serialize(_output.Start(), _byHand, HandWrittenSeedJsonContext.Default.SeedRequestByHand);
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
