using System.Text.RegularExpressions;
using System;
using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>Tells whether a schema pattern compiles as a .NET regular expression, so generated code never throws on type load.</summary>
internal static class PatternCheck
{
    public static bool IsUsable(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
