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
public class LargeJsonBenchmarks : JsonWriteBenchmarks<PostGetGroupShutListResponse, GroupShutListByHand>
{
    private const string Read = "Deserialize";

    private byte[] _json = null!;
    private string _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = LargePayload.Utf8();
        _text = Encoding.UTF8.GetString(_json);
        PrepareWriters(_json, "payload", NapcatJsonContext.Default.PostGetGroupShutListResponse, HandWrittenLargeJsonContext.Default.GroupShutListByHand);
    }

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
