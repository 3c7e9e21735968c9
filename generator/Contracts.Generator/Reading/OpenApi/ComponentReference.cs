using System;

namespace Contracts.Generator.Reading.OpenApi;

/// <summary>Local component references, "#/components/{section}/{name}", and the component name they point at.</summary>
internal static class ComponentReference
{
    private const string Prefix = "#/components/";

    /// <summary>The decoded component name, or null when the reference is not a local reference into <paramref name="section"/>.</summary>
    public static string? NameIn(string reference, string section)
    {
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        // A "$ref" is a URI fragment: percent-decode first, then read it as a JSON Pointer.
        var pointer = PercentDecoding.Decode(reference.Substring(Prefix.Length));
        var slash = pointer.IndexOf('/');
        if (slash != section.Length || string.CompareOrdinal(pointer, 0, section, 0, section.Length) != 0) return null;
        var token = pointer.Substring(slash + 1);
        // Deeper pointers (into a component's insides) are not component references.
        if (token.Length == 0 || token.IndexOf('/') >= 0) return null;
        return JsonPointer.UnescapeToken(token);
    }
}
