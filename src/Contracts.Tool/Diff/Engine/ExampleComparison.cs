using System;
using System.Collections.Generic;
using System.Text.Json;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Tool.Diff.Engine;

/// <summary>Compares named examples by their JSON value, so re-indenting or a different source format is no change.</summary>
internal static class ExampleComparison
{
    /// <summary>What changed ("added a; changed b"), or null when every example is the same.</summary>
    public static string? Describe(EquatableArray<Example> before, EquatableArray<Example> after)
    {
        if (before.IsEmpty && after.IsEmpty) return null;
        var afterByName = new Dictionary<string, Example>(StringComparer.Ordinal);
        foreach (var example in after) afterByName.TryAdd(example.Name, example);
        var parts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var example in before)
        {
            if (!seen.Add(example.Name)) continue;
            if (!afterByName.TryGetValue(example.Name, out var other)) parts.Add("removed " + Name(example));
            else if (Canonical(example.Json) != Canonical(other.Json)) parts.Add("changed " + Name(example));
        }
        foreach (var example in after)
        {
            if (seen.Add(example.Name)) parts.Add("added " + Name(example));
        }
        return parts.Count == 0 ? null : "examples: " + string.Join("; ", parts);
    }

    private static string Name(Example example) => example.Name.Length == 0 ? "(unnamed)" : example.Name;

    private static string Canonical(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement);
        }
        catch (JsonException)
        {
            return json.Trim();
        }
    }
}
