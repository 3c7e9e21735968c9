using System;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.OpenApi;

/// <summary>Picks the one media type of a content map the client will use: JSON first, then forms, then text, else the first.</summary>
internal static class MediaTypePreference
{
    private const int Other = 6;

    /// <summary>The preferred member of <paramref name="content"/>, or null when it is empty.</summary>
    public static JsonMember? Choose(JsonObjectNode content)
    {
        JsonMember? best = null;
        var bestRank = int.MaxValue;
        foreach (var member in DistinctMembers.Of(content))
        {
            var rank = Rank(member.Name);
            if (rank < bestRank)
            {
                best = member;
                bestRank = rank;
            }
        }
        return best;
    }

    /// <summary>The preferred of <paramref name="mediaTypes"/> (Swagger 2.0's consumes and produces lists), or null when there is none.</summary>
    public static string? Choose(System.Collections.Generic.IEnumerable<string> mediaTypes)
    {
        string? best = null;
        var bestRank = int.MaxValue;
        foreach (var mediaType in mediaTypes)
        {
            var rank = Rank(mediaType);
            if (rank < bestRank)
            {
                best = mediaType;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int Rank(string mediaType)
    {
        // Parameters such as "; charset=utf-8" do not change the kind.
        var semicolon = mediaType.IndexOf(';');
        var kind = (semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon)).Trim().ToLowerInvariant();
        if (kind == "application/json") return 0;
        if (kind == "*/*") return 1;
        if (kind.StartsWith("application/", StringComparison.Ordinal) && kind.EndsWith("+json", StringComparison.Ordinal)) return 2;
        if (kind == ApifoxMediaTypes.MultipartForm) return 3;
        if (kind == ApifoxMediaTypes.UrlEncodedForm) return 4;
        if (kind == "text/plain") return 5;
        return Other;
    }
}
