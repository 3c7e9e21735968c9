using System;
using System.Collections.Generic;
using System.Globalization;

namespace Contracts.Generator.Naming;

/// <summary>Hands out names unique within one C# scope (case-sensitive, as C# is), adding 2, 3, … on collision.</summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(params string[] reserved)
    {
        _taken = new HashSet<string>(reserved, StringComparer.Ordinal);
    }

    public void Reserve(string name) => _taken.Add(name);

    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>A free name: <paramref name="preferred"/> (shortened past <see cref="Identifier.MaxLength"/>), else numbered.</summary>
    public string Claim(string preferred)
    {
        preferred = Identifier.Bounded(preferred);
        var name = preferred;
        for (var suffix = 2; !_taken.Add(name); suffix++)
        {
            name = preferred + suffix.ToString(CultureInfo.InvariantCulture);
        }
        return name;
    }
}
