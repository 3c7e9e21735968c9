using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Naming;
using Xunit;

namespace Contracts.Tests.Naming;

/// <summary>Families of names (a property's constants) held as prefixes must collide exactly as their spelled-out names would.</summary>
public sealed class NameScopeTests
{
    private static readonly string[] Suffixes = { "Default", "Minimum", "ExclusiveMinimum", "MinLength", "Pattern" };

    [Theory]
    [InlineData("Size")]
    [InlineData("Size", "SizeDefault")]
    [InlineData("Range", "RangeExclusive")]
    [InlineData("RangeExclusive", "Range")]
    [InlineData("Limit", "LimitExclusive", "LimitExclusiveExclusive", "Validate")]
    [InlineData("Name", "NameLimit", "NameLimitMinimum", "NameLimit3Pattern", "Default")]
    [InlineData("A", "AExclusive", "AMin", "ALimitExclusive", "ALimit")]
    public void A_family_prefix_is_free_exactly_when_none_of_its_names_is_taken(params string[] properties)
    {
        var scope = new NameScope(Suffixes, "Validate");
        var spelled = new HashSet<string> { "Validate" };
        var names = new List<string>();
        foreach (var property in properties)
        {
            var name = scope.Claim(property);
            Assert.True(spelled.Add(name));
            names.Add(name);
        }

        foreach (var name in names)
        {
            var prefix = Pick(name, candidate => scope.IsFamilyFree(candidate));
            var expected = Pick(name, candidate => !Suffixes.Any(suffix => spelled.Contains(candidate + suffix)));
            Assert.Equal(expected, prefix);
            scope.ReserveFamily(prefix);
            foreach (var suffix in Suffixes) spelled.Add(prefix + suffix);
        }
        // A name of a family is taken for a plain claim too.
        foreach (var name in spelled) Assert.True(scope.IsTaken(name), name);
        Assert.Equal(names[0] + "Default2", scope.Claim(names[0] + "Default"));
    }

    private static string Pick(string name, System.Func<string, bool> isFree)
    {
        for (var attempt = 1; ; attempt++)
        {
            var prefix = attempt == 1 ? name : name + "Limit" + (attempt == 2 ? "" : attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (isFree(prefix)) return prefix;
        }
    }
}
