using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using Contracts.Replicate;
using Xunit;

namespace Contracts.Tests.Generation;

/// <summary>
/// Generated converters find a member by its UTF-8 length, then its bytes; escaped names and names split across
/// buffer segments (streams) take a slower path that must find the same members.
/// </summary>
public sealed class MemberNameMatchingTests
{
    private const string Plain = """{"input":{"image":"x.png","num_outputs":3,"guidance_scale":9.5}}""";

    [Fact]
    public void Escaped_member_names_are_matched_after_unescaping()
    {
        var json = """{"\u0069nput":{"\u0069mage":"x.png","num_outputs":3,"guidance\u005fscale":9.5}}""";

        var request = JsonSerializer.Deserialize(json, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest)!;

        AssertPlain(request);
    }

    [Fact]
    public void Member_names_split_across_buffer_segments_are_matched_at_every_split()
    {
        var bytes = Encoding.UTF8.GetBytes(Plain);
        for (var split = 1; split < bytes.Length; split++)
        {
            var first = new Segment(bytes.AsMemory(0, split));
            var last = first.Append(bytes.AsMemory(split));
            var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));

            var request = JsonSerializer.Deserialize(ref reader, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest)!;

            AssertPlain(request);
        }
    }

    [Fact]
    public void A_name_of_a_declared_length_that_is_not_declared_stays_unknown()
    {
        // "imagE" is as long as "image" and differs in one byte.
        var json = """{"input":{"image":"x.png","imagE":"y"}}""";

        var input = JsonSerializer.Deserialize(json, ReplicatePredictionsJsonContext.Default.PostPredictionsRequest)!.Input!;

        Assert.Equal("x.png", input.Image);
        Assert.Equal("y", input.AdditionalProperties!["imagE"]!.GetValue<string>());
    }

    private static void AssertPlain(PostPredictionsRequest request)
    {
        Assert.Null(request.AdditionalProperties);
        Assert.Equal("x.png", request.Input!.Image);
        Assert.Equal(3, request.Input.NumOutputs);
        Assert.Equal(9.5, request.Input.GuidanceScale);
        Assert.Null(request.Input.AdditionalProperties);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
