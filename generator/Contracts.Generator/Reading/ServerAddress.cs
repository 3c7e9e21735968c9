using System;
using System.Text;
using Contracts.Generator.Naming;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading;

/// <summary>
/// The API's default base address from the document: OpenAPI 3's first server (its variables replaced by their defaults),
/// or Swagger 2.0's scheme, host and basePath. Only an absolute http(s) address is kept; a relative one ("/v1") names no
/// host, so the HttpClient's BaseAddress has to.
/// </summary>
internal static class ServerAddress
{
    public static string? FromServers(JsonObjectNode root)
    {
        if (root.Get("servers") is not JsonArrayNode { Items.Count: > 0 } servers || servers.Items[0] is not JsonObjectNode server) return null;
        if (server.Get("url") is not JsonStringNode { Value: { } url }) return null;
        var variables = server.Get("variables") as JsonObjectNode;
        var text = new StringBuilder();
        foreach (var (segment, isVariable) in PathTemplate.Segments(url))
        {
            if (!isVariable)
            {
                text.Append(segment);
                continue;
            }
            // A variable without a default leaves the address unusable: better none than a wrong one.
            if (variables?.Get(segment) is not JsonObjectNode variable || variable.Get("default") is not JsonStringNode { Value: { } value }) return null;
            text.Append(value);
        }
        return Absolute(text.ToString());
    }

    public static string? FromSwagger(JsonObjectNode root)
    {
        if (root.Get("host") is not JsonStringNode { Value: { Length: > 0 } host }) return null;
        var scheme = "https";
        if (root.Get("schemes") is JsonArrayNode schemes)
        {
            // https when offered, else the first listed.
            string? first = null;
            var https = false;
            foreach (var item in schemes.Items)
            {
                if (item is not JsonStringNode { Value: { } name }) continue;
                first ??= name;
                https |= name == "https";
            }
            if (!https && first is not null) scheme = first;
        }
        var basePath = root.Get("basePath") is JsonStringNode { Value: { } path } ? path : "";
        return Absolute(scheme + "://" + host + basePath);
    }

    private static string? Absolute(string text)
        => Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
