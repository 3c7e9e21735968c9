using System;
using System.Collections.Generic;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.OpenApi;

/// <summary>An object's members with duplicate names dropped; the last one wins, as in <see cref="JsonObjectNode.Find"/> (and JSON.parse).</summary>
internal static class DistinctMembers
{
    public static IEnumerable<JsonMember> Of(JsonObjectNode obj)
    {
        var members = obj.Members;
        var last = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++) last[members[i].Name] = i;
        for (var i = 0; i < members.Count; i++)
        {
            if (last[members[i].Name] == i) yield return members[i];
        }
    }
}
