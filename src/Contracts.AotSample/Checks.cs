using System;
using System.Text.Json;

namespace Contracts.Aot;

/// <summary>Counts failed checks and prints one line per check. Shared with Contracts.AotBaseline.</summary>
internal sealed class Checks
{
    public int Failures { get; private set; }

    public void That(bool condition, string what)
    {
        Console.WriteLine((condition ? "ok    " : "FAIL  ") + what);
        if (!condition) Failures++;
    }

    /// <summary>Same JSON value: member order and number spelling (7.5 vs 7.50) do not matter.</summary>
    public void SameJson(string expected, string actual, string what)
    {
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        var same = JsonElement.DeepEquals(left.RootElement, right.RootElement);
        That(same, what);
        if (!same) Console.WriteLine("      expected " + expected + "\n      actual   " + actual);
    }
}
