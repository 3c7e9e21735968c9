using System;
using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Generator.Reading.Json;
using Contracts.Generator.Reading.OpenApi;

namespace Contracts.Generator.Reading;

/// <summary>
/// Reads security schemes (OpenAPI <c>components.securitySchemes</c>, Swagger 2.0 <c>securityDefinitions</c>) and
/// <c>security</c> requirement lists. A scheme of a kind the client cannot apply (mutualTLS, an apiKey without a
/// name) is left out, so requirements naming it are never met by the client's credentials.
/// </summary>
internal static class SecurityReader
{
    public static EquatableArray<SecurityScheme> ReadSchemes(JsonFieldReader fields, JsonNode? node, string pointer)
    {
        if (fields.Object(node, pointer) is not { } map) return EquatableArray<SecurityScheme>.Empty;
        var schemes = new List<SecurityScheme>();
        foreach (var member in DistinctMembers.Of(map))
        {
            var at = JsonPointer.Append(pointer, member.Name);
            if (fields.Object(member.Value, at) is not { } scheme) continue;
            var type = fields.Text(scheme.Get("type"), at + "/type")?.Trim();
            SecurityScheme? read = null;
            if (string.Equals(type, "apiKey", StringComparison.OrdinalIgnoreCase))
            {
                var name = fields.Text(scheme.Get("name"), at + "/name");
                var kind = fields.Text(scheme.Get("in"), at + "/in")?.Trim().ToLowerInvariant() switch
                {
                    "header" => SecuritySchemeKind.ApiKeyHeader,
                    "query" => SecuritySchemeKind.ApiKeyQuery,
                    "cookie" => SecuritySchemeKind.ApiKeyCookie,
                    _ => (SecuritySchemeKind?)null,
                };
                if (name is not null && kind is { } placement) read = new SecurityScheme(member.Name, placement, name.Trim(), member.NameSpan);
            }
            else if (string.Equals(type, "http", StringComparison.OrdinalIgnoreCase))
            {
                var word = fields.Text(scheme.Get("scheme"), at + "/scheme")?.Trim() ?? "bearer";
                read = string.Equals(word, "basic", StringComparison.OrdinalIgnoreCase)
                    ? new SecurityScheme(member.Name, SecuritySchemeKind.Basic, "Basic", member.NameSpan)
                    : new SecurityScheme(member.Name, SecuritySchemeKind.Authorization, Capitalised(word), member.NameSpan);
            }
            else if (string.Equals(type, "basic", StringComparison.OrdinalIgnoreCase))
            {
                read = new SecurityScheme(member.Name, SecuritySchemeKind.Basic, "Basic", member.NameSpan);
            }
            else if (string.Equals(type, "oauth2", StringComparison.OrdinalIgnoreCase) || string.Equals(type, "openIdConnect", StringComparison.OrdinalIgnoreCase))
            {
                // The client does not run the flows: it sends the access token it is given.
                read = new SecurityScheme(member.Name, SecuritySchemeKind.Authorization, "Bearer", member.NameSpan);
            }
            if (read is not null) schemes.Add(read);
        }
        return schemes.ToEquatableArray();
    }

    /// <summary>A <c>security</c> list; null when absent, empty when it is <c>[]</c> (explicitly no credentials).</summary>
    public static EquatableArray<SecurityRequirement>? ReadRequirements(JsonFieldReader fields, JsonNode? node, string pointer)
    {
        if (node is null) return null;
        if (fields.Array(node, pointer) is not { } list) return null;
        var requirements = new List<SecurityRequirement>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var at = pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (fields.Object(list.Items[i], at) is not { } requirement) continue;
            var names = new List<string>();
            foreach (var member in DistinctMembers.Of(requirement)) names.Add(member.Name);
            requirements.Add(new SecurityRequirement(names.ToEquatableArray(), requirement.Span));
        }
        return requirements.ToEquatableArray();
    }

    private static string Capitalised(string word) => word.Length == 0 ? "Bearer" : char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant();
}
