using System;
using System.Text;
using System.Text.Json;

namespace Contracts.Benchmarks.Json;

/// <summary>
/// Checked before measuring: every contender must produce the same JSON, or the race is not fair. The generated
/// context and the source-generated baseline must match byte for byte; the others as JSON values (Newtonsoft writes
/// 2.0 where System.Text.Json writes 2).
/// </summary>
public static class SameJson
{
    public static void Bytes(string what, ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            throw new InvalidOperationException($"{what}: outputs differ.\nexpected {Encoding.UTF8.GetString(expected)}\nactual   {Encoding.UTF8.GetString(actual)}");
        }
    }

    public static void Values(string what, ReadOnlySpan<byte> expected, string actual)
    {
        using var left = JsonDocument.Parse(expected.ToArray());
        using var right = JsonDocument.Parse(actual);
        if (!JsonElement.DeepEquals(left.RootElement, right.RootElement))
        {
            throw new InvalidOperationException($"{what}: outputs differ as JSON.\nexpected {Encoding.UTF8.GetString(expected)}\nactual   {actual}");
        }
    }
}
