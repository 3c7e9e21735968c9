using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace Contracts.Tests.Runtime;

/// <summary>The small map behind AdditionalProperties behaves as an ordered dictionary, small or large.</summary>
public sealed class ExtensionMemberMapTests
{
    [Fact]
    public void Keeps_insertion_order_and_an_overwritten_member_keeps_its_place()
    {
        var map = new ExtensionMemberMap { ["b"] = 1, ["a"] = 2 };
        map["c"] = 3;
        map["b"] = 4;

        Assert.Equal(new[] { "b", "a", "c" }, map.Select(p => p.Key));
        Assert.Equal(4, map["b"]!.GetValue<int>());
        Assert.Equal(3, map.Count);
    }

    [Fact]
    public void Behaves_as_a_dictionary()
    {
        IDictionary<string, JsonNode?> map = new ExtensionMemberMap();
        map.Add("x", null);

        Assert.Throws<ArgumentException>(() => map.Add("x", 1));
        Assert.Throws<KeyNotFoundException>(() => map["y"]);
        Assert.True(map.TryGetValue("x", out var value));
        Assert.Null(value);
        Assert.False(map.TryGetValue("X", out _)); // ordinal, as JSON names are
        Assert.True(map.Remove("x"));
        Assert.False(map.Remove("x"));
        Assert.Empty(map);
    }

    [Fact]
    public void Many_members_stay_findable_through_removals()
    {
        var map = new ExtensionMemberMap();
        for (var i = 0; i < 20_000; i++) map["m" + i] = i;
        map.Remove("m5");
        map.Remove("m19999");

        Assert.Equal(19_998, map.Count);
        Assert.Equal(6, map["m6"]!.GetValue<int>());
        Assert.False(map.ContainsKey("m5"));
        Assert.Equal("m6", map.Skip(5).First().Key);
        map["m5"] = 5;
        Assert.Equal("m5", map.Last().Key);
    }
}
