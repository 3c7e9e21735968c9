using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>
/// The static fields the checks of one generated type use (regular expressions, sets of allowed values), numbered in
/// the order the checks ask for them and emitted after them.
/// </summary>
internal sealed class CheckFields
{
    /// <summary>
    /// Past this many allowed values a check looks them up in a set: a C# pattern <c>"a" or "b" or …</c> of thousands of
    /// alternatives takes the compiler minutes.
    /// </summary>
    public const int MaxPatternAlternatives = 16;

    private readonly List<string> _lines = new();
    private int _patterns;
    private int _sets;
    private int _texts;

    /// <summary>The name of a new regex field for <paramref name="pattern"/>.</summary>
    public string For(string pattern)
    {
        var name = "s_pattern" + (_patterns++).ToString(CultureInfo.InvariantCulture);
        // The interpreter (not RegexOptions.Compiled) keeps this NativeAOT-friendly; the timeout bounds hostile inputs.
        _lines.Add($"private static readonly _Sys.Text.RegularExpressions.Regex {name} = new({CSharpText.StringLiteral(pattern)}, _Sys.Text.RegularExpressions.RegexOptions.CultureInvariant, _Sys.TimeSpan.FromSeconds(1));");
        return name;
    }

    /// <summary>The name of a new field listing the pointers (C# literals) of members whose JSON null is a finding.</summary>
    public string NullRefused(IReadOnlyList<string> texts)
    {
        var name = "s_nullRefused" + (_texts++).ToString(CultureInfo.InvariantCulture);
        _lines.Add($"private static readonly string[] {name} = {{ {string.Join(", ", texts)} }};");
        return name;
    }

    /// <summary>The name of a new set field of <paramref name="type"/> holding the C# <paramref name="literals"/>.</summary>
    public string Set(string type, IReadOnlyList<string> literals)
    {
        var name = "s_allowed" + (_sets++).ToString(CultureInfo.InvariantCulture);
        _lines.Add(SetField(name, type, literals));
        return name;
    }

    /// <summary>A static readonly set field declaration (strings compared ordinally).</summary>
    public static string SetField(string name, string type, IReadOnlyList<string> literals)
        => $"private static readonly _Gen.HashSet<{type}> {name} = new({(type == "string" ? "_Sys.StringComparer.Ordinal" : "")}) {{ {string.Join(", ", literals)} }};";

    public void Emit(SourceWriter writer)
    {
        foreach (var line in _lines) writer.Line(line);
        if (_lines.Count > 0) writer.Line();
    }
}
