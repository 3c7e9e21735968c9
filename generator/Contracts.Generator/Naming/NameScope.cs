using System;
using System.Collections.Generic;
using System.Globalization;

namespace Contracts.Generator.Naming;

/// <summary>Hands out names unique within one C# scope (case-sensitive, as C# is), adding 2, 3, … on collision.</summary>
/// <remarks>
/// A scope can also hold families: a prefix and every name made of it and one of a fixed set of suffixes (a property's
/// constants: NameDefault, NameMinimum, …). A family is held as its prefix, so reserving one makes no strings.
/// </remarks>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;
    private readonly string[] _familySuffixes;
    // Prefixes no new family may take: a name of it would equal a taken name or a name of a reserved family.
    private HashSet<string>? _blockedPrefixes;
    private HashSet<string>? _families;
    private List<string>? _suffixHeads;

    public NameScope(params string[] reserved)
        : this(Array.Empty<string>(), reserved)
    {
    }

    /// <param name="familySuffixes">The suffixes that make a family's names from its prefix.</param>
    /// <param name="reserved">Names taken from the start.</param>
    public NameScope(string[] familySuffixes, params string[] reserved)
    {
        _familySuffixes = familySuffixes;
        _taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in reserved) Reserve(name);
    }

    public void Reserve(string name)
    {
        if (_taken.Add(name)) BlockPrefixesOf(name);
    }

    public bool IsTaken(string name) => _taken.Contains(name) || InFamily(name);

    /// <summary>A free name: <paramref name="preferred"/> (shortened past <see cref="Identifier.MaxLength"/>), else numbered.</summary>
    public string Claim(string preferred)
    {
        preferred = Identifier.Bounded(preferred);
        var name = preferred;
        for (var suffix = 2; InFamily(name) || !_taken.Add(name); suffix++)
        {
            name = preferred + suffix.ToString(CultureInfo.InvariantCulture);
        }
        BlockPrefixesOf(name);
        return name;
    }

    /// <summary>True when no name of the family <paramref name="prefix"/> is taken, alone or by another family.</summary>
    public bool IsFamilyFree(string prefix) => _blockedPrefixes is null || !_blockedPrefixes.Contains(prefix);

    /// <summary>Takes every name of the family <paramref name="prefix"/>.</summary>
    public void ReserveFamily(string prefix)
    {
        (_families ??= new HashSet<string>(StringComparer.Ordinal)).Add(prefix);
        var blocked = _blockedPrefixes ??= new HashSet<string>(StringComparer.Ordinal);
        blocked.Add(prefix);
        // Two families meet when one prefix is the other plus the head of a suffix that ends with another suffix
        // ("Exclusive" of ExclusiveMinimum and Minimum): block both ways.
        foreach (var head in _suffixHeads ??= SuffixHeads(_familySuffixes))
        {
            blocked.Add(prefix + head);
            if (prefix.Length > head.Length && prefix.EndsWith(head, StringComparison.Ordinal)) blocked.Add(prefix.Substring(0, prefix.Length - head.Length));
        }
    }

    private static List<string> SuffixHeads(string[] suffixes)
    {
        var heads = new List<string>();
        foreach (var suffix in suffixes)
        {
            foreach (var shorter in suffixes)
            {
                if (shorter.Length < suffix.Length && suffix.EndsWith(shorter, StringComparison.Ordinal)) heads.Add(suffix.Substring(0, suffix.Length - shorter.Length));
            }
        }
        return heads;
    }

    /// <summary>A taken name that is a prefix and a family suffix blocks that prefix.</summary>
    private void BlockPrefixesOf(string name)
    {
        foreach (var suffix in _familySuffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                (_blockedPrefixes ??= new HashSet<string>(StringComparer.Ordinal)).Add(name.Substring(0, name.Length - suffix.Length));
            }
        }
    }

    private bool InFamily(string name)
    {
        if (_families is null) return false;
        foreach (var suffix in _familySuffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal)
                && _families.Contains(name.Substring(0, name.Length - suffix.Length)))
            {
                return true;
            }
        }
        return false;
    }
}
