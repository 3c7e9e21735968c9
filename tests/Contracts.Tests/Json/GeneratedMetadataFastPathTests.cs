using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Contracts.Replicate;
using Contracts.Tests.Seed;
using Xunit;

namespace Contracts.Tests.Json;

/// <summary>
/// Serialisation through the generated context runs generated straight-line reader/writer code, as System.Text.Json's
/// own source generator does: no reflection, no per-call metadata walk, no per-call allocation.
/// </summary>
public sealed class GeneratedMetadataFastPathTests
{
    [Fact]
    public void Type_info_is_value_metadata_over_the_generated_converter()
    {
        var typeInfo = ReplicatePredictionsJsonContext.Default.PostPredictionsRequest;

        Assert.Equal(JsonTypeInfoKind.None, typeInfo.Kind);
        Assert.IsType<PostPredictionsRequest.JsonConverter>(typeInfo.Converter);
        Assert.Same(ReplicatePredictionsJsonContext.Default, typeInfo.OriginatingResolver);
        // The source generator's baseline, for contrast: object metadata with a generated fast-path writer.
        var baseline = HandWrittenSeedContext.Default.HandWrittenPredictionRequest;
        Assert.Equal(JsonTypeInfoKind.Object, baseline.Kind);
        Assert.NotNull(baseline.SerializeHandler);
    }

    [Fact]
    public void Serialising_allocates_nothing_like_the_source_generated_fast_path()
    {
        var ours = JsonSerializer.Deserialize(SeedExamples.RequestExample, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest)!;
        ours = ours with { AdditionalProperties = null };
        var theirs = JsonSerializer.Deserialize(SeedExamples.RequestExample, HandWrittenSeedContext.Default.HandWrittenPredictionRequest)!;

        var oursBytes = AllocatedWhileWriting(writer => JsonSerializer.Serialize(writer, ours, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest));
        var theirsBytes = AllocatedWhileWriting(writer => JsonSerializer.Serialize(writer, theirs, HandWrittenSeedContext.Default.HandWrittenPredictionRequest));

        Assert.Equal(0, theirsBytes);
        Assert.Equal(0, oursBytes);
    }

    [Fact]
    public void Deserialising_allocates_no_more_than_the_source_generated_path()
    {
        var json = System.Text.Encoding.UTF8.GetBytes("""{"input":{"image":"https://x/y.png","prompt":"p","scheduler":"K_EULER","num_outputs":2,"guidance_scale":7.5,"prompt_strength":0.8,"num_inference_steps":25}}""");

        var ours = Allocated(() => JsonSerializer.Deserialize(json, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest));
        var theirs = Allocated(() => JsonSerializer.Deserialize(json, HandWrittenSeedContext.Default.HandWrittenPredictionRequest));

        Assert.True(ours <= theirs, $"generated context allocated {ours} bytes, the source-generated one {theirs}");
    }

    [Fact]
    public void Keeping_an_undeclared_member_still_allocates_no_more_than_the_source_generated_path_that_drops_it()
    {
        // The page's example: "version" is not declared; we keep it (AdditionalProperties), the baseline throws it away.
        var json = System.Text.Encoding.UTF8.GetBytes("""{"version":"15a3689ee13b0d2616e98820eca31d4c3abcd36672df6afce5cb6feb1d66087d","input":{"image":"https://x/y.png","prompt":"p","scheduler":"K_EULER","num_outputs":2,"guidance_scale":7.5,"prompt_strength":0.8,"num_inference_steps":25}}""");

        var ours = Allocated(() => JsonSerializer.Deserialize(json, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest));
        var theirs = Allocated(() => JsonSerializer.Deserialize(json, HandWrittenSeedContext.Default.HandWrittenPredictionRequest));

        Assert.True(ours <= theirs, $"generated context allocated {ours} bytes, the source-generated one {theirs}");
        var read = JsonSerializer.Deserialize(json, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest)!;
        Assert.Equal("15a3689ee13b0d2616e98820eca31d4c3abcd36672df6afce5cb6feb1d66087d", read.AdditionalProperties!["version"]!.GetValue<string>());
    }

    [Fact]
    public void Works_with_reflection_out_of_reach_and_combines_with_other_resolvers()
    {
        // Only our context and the baseline are resolvers: any fallback to reflection would throw NotSupportedException.
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(HandWrittenSeedContext.Default, ReplicatePredictionsJsonContext.Default) };
        var request = JsonSerializer.Deserialize(SeedExamples.RequestExample, (JsonTypeInfo<PostPredictionsRequest>)options.GetTypeInfo(typeof(PostPredictionsRequest)))!;

        Assert.Equal(7.5, request.Input!.GuidanceScale);
        Assert.Contains("\"num_outputs\":1", JsonSerializer.Serialize(request, typeof(PostPredictionsRequest), options));
        Assert.Throws<NotSupportedException>(() => options.GetTypeInfo(typeof(Uri)));
    }

    private static long AllocatedWhileWriting(Action<Utf8JsonWriter> write)
    {
        var stream = new MemoryStream(4096);
        using var writer = new Utf8JsonWriter(stream);
        for (var i = 0; i < 3; i++)
        {
            stream.Position = 0;
            writer.Reset(stream);
            write(writer);
        }
        stream.Position = 0;
        writer.Reset(stream);
        var before = GC.GetAllocatedBytesForCurrentThread();
        write(writer);
        writer.Flush();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static long Allocated(Func<object?> action)
    {
        for (var i = 0; i < 3; i++) action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
