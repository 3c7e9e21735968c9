using System;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading;

/// <summary>
/// What a reference site means, decided once for the build (<c>SchemaLookup</c>), the example checker and
/// <c>contracts diff</c>, so the three cannot disagree about one "$ref". Keys are those the readers wrote into
/// <see cref="Schema.Reference"/> (pointers already unescaped and percent-decoded, Apifox ids as they are).
/// </summary>
internal static class SchemaReferences
{
    /// <summary>References to references followed before a chain counts as a cycle (A → B → A) and resolves to nothing.</summary>
    public const int MaxHops = 32;

    /// <summary>
    /// The target at the end of the site's chain of references, with the site's own nullability, description and
    /// title laid over it (a blank description or title says nothing); the site itself when it is no reference; null
    /// when a target is missing or the chain is a cycle, where the value is any JSON (the reader reported CTR2007).
    /// </summary>
    public static Schema? Resolve(Schema site, Func<string, Schema?> find)
    {
        if (Target(site, find) is not { } target) return null;
        if (ReferenceEquals(target, site)) return site;
        return target with
        {
            Nullable = target.Nullable || site.Nullable,
            Description = IsBlank(site.Description) ? target.Description : site.Description,
            Title = IsBlank(site.Title) ? target.Title : site.Title,
        };
    }

    /// <summary>True when <see cref="Resolve"/> finds a target: the same walk, without making the resolved copy.</summary>
    public static bool Resolves(Schema site, Func<string, Schema?> find) => Target(site, find) is not null;

    /// <summary>The schema at the end of the chain of references, as it is; null for a missing target or a cycle.</summary>
    private static Schema? Target(Schema site, Func<string, Schema?> find)
    {
        var target = site;
        for (var hop = 0; target.Reference is { } key; hop++)
        {
            if (hop == MaxHops || find(key) is not { } next) return null;
            target = next;
        }
        return target;
    }

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
