using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Yaml;

/// <summary>One token of the YAML text: an indicator, a scalar, an anchor, alias or tag, or an implied block start or end.</summary>
internal sealed class YamlToken
{
    public YamlToken(YamlTokenKind kind, TextPosition start, TextPosition end, string value = "", YamlScalarStyle style = YamlScalarStyle.Plain)
    {
        Kind = kind;
        Start = start;
        End = end;
        Value = value;
        Style = style;
    }

    public YamlTokenKind Kind { get; }
    public TextPosition Start { get; }
    public TextPosition End { get; }

    /// <summary>A scalar's value, an anchor's or alias's name, or a tag as written ("!!str", "!local", "!&lt;uri&gt;").</summary>
    public string Value { get; }

    public YamlScalarStyle Style { get; }
}
