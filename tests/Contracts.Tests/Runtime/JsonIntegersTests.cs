using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Contracts.Tests.Runtime;

/// <summary>JSON Schema integers are whole numbers however they are written; everything else stays a JsonException.</summary>
public sealed class JsonIntegersTests
{
    [Theory]
    [InlineData("7", 7)]
    [InlineData("1.0", 1)]
    [InlineData("-2.0", -2)]
    [InlineData("1e2", 100)]
    [InlineData("1E+2", 100)]
    [InlineData("2500e-2", 25)]
    [InlineData("0.0", 0)]
    [InlineData("-0.0e-5", 0)]
    [InlineData("0e999999999999", 0)]
    [InlineData("2147483647.000", int.MaxValue)]
    [InlineData("-2147483648.0", int.MinValue)]
    [InlineData("-21474836.48e2", int.MinValue)]
    public void Whole_numbers_read_as_int(string json, int expected) => Assert.Equal(expected, ReadInt32(json));

    [Theory]
    [InlineData("1.5")]
    [InlineData("1e-1")]
    [InlineData("1.0000000000000000000000000000001")]
    [InlineData("2147483648")]
    [InlineData("2147483648.0")]
    [InlineData("-2147483649.0")]
    [InlineData("1e10")]
    [InlineData("1e999999999999")]
    public void Fractions_and_values_out_of_range_are_a_JsonException(string json)
        => Assert.Throws<JsonException>(() => ReadInt32(json));

    [Theory]
    [InlineData("9007199254740992.0", 9007199254740992L)]
    [InlineData("9223372036854775807.0", long.MaxValue)]
    [InlineData("-9223372036854775808.0", long.MinValue)]
    [InlineData("-9.223372036854775808e18", long.MinValue)]
    [InlineData("1e18", 1_000_000_000_000_000_000L)]
    public void Whole_numbers_read_as_long(string json, long expected) => Assert.Equal(expected, ReadInt64(json));

    [Theory]
    [InlineData("9223372036854775808.0")]
    [InlineData("-9223372036854775809")]
    [InlineData("1e19")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("0.5")]
    public void Long_refuses_fractions_and_values_out_of_range(string json)
        => Assert.Throws<JsonException>(() => ReadInt64(json));

    [Fact]
    public void A_number_split_across_buffers_reads_the_same()
    {
        var first = new Segment(Encoding.UTF8.GetBytes("[12.0"));
        var last = first.Append(Encoding.UTF8.GetBytes("00]"));
        var reader = new Utf8JsonReader(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));
        reader.Read();
        reader.Read();
        Assert.True(reader.HasValueSequence);
        Assert.Equal(12, JsonIntegers.ReadInt32(ref reader));
    }

    [Fact]
    public void The_converters_read_whole_numbers_and_write_plain_integers()
    {
        var options = new JsonSerializerOptions();
        var reader = new Utf8JsonReader("3.0"u8);
        reader.Read();
        Assert.Equal(3, IntegerConverters.Int32.Read(ref reader, typeof(int), options));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) IntegerConverters.Int64.Write(writer, -4, options);
        Assert.Equal("-4", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static int ReadInt32(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return JsonIntegers.ReadInt32(ref reader);
    }

    private static long ReadInt64(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return JsonIntegers.ReadInt64(ref reader);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes) => Memory = bytes;

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
