using System.Collections.Generic;

namespace Contracts.Tests.Reading.Yaml.YamlDotNetOracle;

/// <summary>
/// One YAML node after typing. An alias shares the anchored node object, so the tree is a graph whose size stays
/// linear in the input; <see cref="ExpandedCount"/> and <see cref="Depth"/> say how big it gets once aliases expand.
/// </summary>
internal abstract class YamlTree
{
    protected YamlTree(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Nodes written when this node is written as JSON, aliases expanded (this node included).</summary>
    public long ExpandedCount { get; set; } = 1;

    /// <summary>Nesting levels written for this node, aliases expanded (a scalar is 1).</summary>
    public int Depth { get; set; } = 1;
}

/// <summary>A scalar: its source text and the JSON value it became.</summary>
internal sealed class YamlScalar : YamlTree
{
    public YamlScalar(int line, int column, string text, JsonScalar value)
        : base(line, column)
    {
        Text = text;
        Value = value;
    }

    /// <summary>The scalar's text as written (used when it is a mapping key).</summary>
    public string Text { get; }

    public JsonScalar Value { get; }
}

/// <summary>A mapping; members keep the order they were written in.</summary>
internal sealed class YamlMapping : YamlTree
{
    public YamlMapping(int line, int column)
        : base(line, column)
    {
    }

    public List<KeyValuePair<string, YamlTree>> Members { get; } = new();

    public HashSet<string> Keys { get; } = new(System.StringComparer.Ordinal);
}

/// <summary>A sequence.</summary>
internal sealed class YamlSequence : YamlTree
{
    public YamlSequence(int line, int column)
        : base(line, column)
    {
    }

    public List<YamlTree> Items { get; } = new();
}
