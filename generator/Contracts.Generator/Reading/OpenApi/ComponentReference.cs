using System;

namespace Contracts.Generator.Reading.OpenApi;

/// <summary>Local component references, "#/components/{section}/{name}", and the component name they point at.</summary>
internal static class ComponentReference
{
    private const string Prefix = "#/components/";

    /// <summary>The decoded component name, or null when the reference is not a local reference into <paramref name="section"/>.</summary>
    public static string? NameIn(string reference, string section) => NameUnder(reference, Prefix + section + "/");

    /// <summary>
    /// The decoded name after <paramref name="prefix"/> (such as Swagger's "#/definitions/"), or null when the reference
    /// does not start with it or points deeper than one name.
    /// </summary>
    public static string? NameUnder(string reference, string prefix)
    {
        // A "$ref" is a URI fragment: percent-decode first, then read it as a JSON Pointer.
        var pointer = PercentDecoding.Decode(reference);
        if (!pointer.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var token = pointer.Substring(prefix.Length);
        // Deeper pointers (into a component's insides) are not component references.
        if (token.Length == 0 || token.IndexOf('/') >= 0) return null;
        return JsonPointer.UnescapeToken(token);
    }
}
