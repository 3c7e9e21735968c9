using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;

namespace Contracts.Generator.Emitting;

/// <summary>The regex fields of one generated type, numbered in the order its checks ask for them and emitted after them.</summary>
internal sealed class PatternFields
{
    private readonly List<string> _patterns = new();

    /// <summary>The name of a new field for <paramref name="pattern"/>.</summary>
    public string For(string pattern)
    {
        _patterns.Add(pattern);
        return "s_pattern" + (_patterns.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    public void Emit(SourceWriter writer)
    {
        for (var i = 0; i < _patterns.Count; i++)
        {
            // The interpreter (not RegexOptions.Compiled) keeps this NativeAOT-friendly; the timeout bounds hostile inputs.
            writer.Line($"private static readonly global::System.Text.RegularExpressions.Regex s_pattern{i.ToString(CultureInfo.InvariantCulture)} = new({CSharpText.StringLiteral(_patterns[i])}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, global::System.TimeSpan.FromSeconds(1));");
        }
        if (_patterns.Count > 0) writer.Line();
    }
}
