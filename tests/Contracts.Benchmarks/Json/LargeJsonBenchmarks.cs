#if CONTRACTS_CORPUS
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Contracts.Benchmarks.Infrastructure;
using Contracts.Napcat;

namespace Contracts.Benchmarks.Json;

/// <summary>One large realistic type from the corpus (napcat-sdk's get_group_shut_list response) through each library.</summary>
[WarmJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory), CategoriesColumn]
public class LargeJsonBenchmarks
{
    private const string Write = "Serialize";
    private const string Read = "Deserialize";

    private readonly Utf8Output _output = new();
    private byte[] _json = null!;
    private string _text = null!;
    private PostGetGroupShutListResponse _ours = null!;
    private GroupShutListByHand _byHand = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = LargePayload.Utf8();
        _text = Encoding.UTF8.GetString(_json);
        _ours = JsonSerializer.Deserialize(_json, NapcatJsonContext.Default.PostGetGroupShutListResponse)!;
        _byHand = JsonSerializer.Deserialize(_json, HandWrittenLargeJsonContext.Default.GroupShutListByHand)!;

        var expected = Serialize_StjSourceGen().Written.ToArray();
        SameJson.Bytes("generated context", expected, Serialize_Contracts().Written);
        SameJson.Bytes("reflection", expected, Serialize_StjReflection().Written);
        SameJson.Values("Newtonsoft", expected, Serialize_Newtonsoft());
        SameJson.Values("payload", _json, Encoding.UTF8.GetString(expected));
    }

    [Benchmark, BenchmarkCategory(Write)]
    public Utf8Output Serialize_Contracts()
    {
        JsonSerializer.Serialize(_output.Start(), _ours, NapcatJsonContext.Default.PostGetGroupShutListResponse);
        return _output;
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Write)]
    public Utf8Output Serialize_StjSourceGen()
    {
        JsonSerializer.Serialize(_output.Start(), _byHand, HandWrittenLargeJsonContext.Default.GroupShutListByHand);
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
    public PostGetGroupShutListResponse? Deserialize_Contracts() => JsonSerializer.Deserialize(_json, NapcatJsonContext.Default.PostGetGroupShutListResponse);

    [Benchmark(Baseline = true), BenchmarkCategory(Read)]
    public GroupShutListByHand? Deserialize_StjSourceGen() => JsonSerializer.Deserialize(_json, HandWrittenLargeJsonContext.Default.GroupShutListByHand);

    [Benchmark, BenchmarkCategory(Read)]
    public GroupShutListByHand? Deserialize_StjReflection() => JsonSerializer.Deserialize<GroupShutListByHand>(_json, BaselineSettings.Reflection);

    [Benchmark, BenchmarkCategory(Read)]
    public GroupShutListByHand? Deserialize_Newtonsoft() => Newtonsoft.Json.JsonConvert.DeserializeObject<GroupShutListByHand>(_text, BaselineSettings.Newtonsoft);
}
#endif
