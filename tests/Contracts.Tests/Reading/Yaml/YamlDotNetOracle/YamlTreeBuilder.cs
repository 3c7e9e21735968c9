using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Contracts.Tool.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Contracts.Tests.Reading.Yaml.YamlDotNetOracle;

/// <summary>
/// Reads YAML parser events into a <see cref="YamlTree"/>: one document, scalars typed, aliases resolved to their
/// anchored node. Sizes are checked as nodes complete, so an alias bomb is refused before anything expands.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private const string StringTag = "tag:yaml.org,2002:str";

    private readonly long _maxNodes;
    private readonly int _maxDepth;
    private readonly Dictionary<string, YamlTree> _anchors = new(StringComparer.Ordinal);
    private readonly List<OpenNode> _open = new();
    private YamlTree? _root;
    private Mark _last = Mark.Empty;

    private YamlTreeBuilder(long maxNodes, int maxDepth)
    {
        _maxNodes = maxNodes;
        _maxDepth = maxDepth;
    }

    public static YamlTree Build(string yaml, long maxNodes, int maxDepth) => new YamlTreeBuilder(maxNodes, maxDepth).Read(yaml);

    private YamlTree Read(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var documents = 0;
        while (Next(parser) is { } current)
        {
            switch (current)
            {
                case DocumentStart start when ++documents > 1:
                    throw Error(start.Start, "a second YAML document starts here; convert one document per file");
                case Scalar scalar:
                    Complete(Scalar(scalar), scalar.Anchor, scalar.Start);
                    break;
                case AnchorAlias alias:
                    Add(Resolve(alias), alias.Start);
                    break;
                case MappingStart mapping:
                    _open.Add(new OpenNode(new YamlMapping((int)mapping.Start.Line, (int)mapping.Start.Column), mapping.Anchor, mapping.Start));
                    break;
                case SequenceStart sequence:
                    _open.Add(new OpenNode(new YamlSequence((int)sequence.Start.Line, (int)sequence.Start.Column), sequence.Anchor, sequence.Start));
                    break;
                case MappingEnd or SequenceEnd:
                    var done = _open[^1];
                    _open.RemoveAt(_open.Count - 1);
                    Complete(done.Node, done.Anchor, done.Start);
                    break;
            }
        }
        return _root ?? throw new YamlConversionException(1, 1, "the file holds no YAML document");
    }

    private ParsingEvent? Next(Parser parser)
    {
        try
        {
            if (!parser.MoveNext()) return null;
            _last = parser.Current!.End;
            return parser.Current;
        }
        catch (YamlException exception)
        {
            throw Error(exception.Start, exception.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this instead of a YamlException on some broken input (an unclosed flow
            // sequence); the end of the last event it produced is the best position there is.
            throw Error(_last, "the YAML cannot be parsed past this point (an unclosed bracket or quote?)");
        }
    }

    private static YamlScalar Scalar(Scalar scalar)
    {
        // Quoted and block scalars are strings; so is a plain one tagged !!str or "!" (non-specific). Other tags
        // (!!int, custom ones) do not change how a plain scalar reads.
        var isString = scalar.Style != ScalarStyle.Plain || (!scalar.Tag.IsEmpty && scalar.Tag.Value is StringTag or "!");
        var value = isString ? JsonScalar.String(scalar.Value) : CoreSchema.Resolve(scalar.Value);
        return new YamlScalar((int)scalar.Start.Line, (int)scalar.Start.Column, scalar.Value, value);
    }

    private YamlTree Resolve(AnchorAlias alias)
    {
        // Anchors are registered when their node completes, so an alias inside its own anchor (a cycle) is unknown too.
        if (_anchors.TryGetValue(alias.Value.Value, out var node)) return node;
        throw Error(alias.Start, $"the alias '*{alias.Value.Value}' refers to no anchor defined before it");
    }

    private void Complete(YamlTree node, AnchorName anchor, Mark at)
    {
        // A later anchor with the same name replaces the earlier one, as YAML says.
        if (!anchor.IsEmpty) _anchors[anchor.Value] = node;
        Add(node, at);
    }

    private void Add(YamlTree node, Mark at)
    {
        if (_open.Count == 0)
        {
            _root = node;
            return;
        }
        var parent = _open[^1];
        if (parent.Node is YamlSequence sequence)
        {
            sequence.Items.Add(node);
        }
        else if (parent.PendingKey is null)
        {
            if (node is not YamlScalar key) throw Error(at, "a mapping key must be a scalar to become a JSON member name");
            if (!((YamlMapping)parent.Node).Keys.Add(key.Text)) throw Error(at, $"the key '{key.Text}' appears twice in this mapping");
            parent.PendingKey = key.Text;
            return;
        }
        else
        {
            ((YamlMapping)parent.Node).Members.Add(new KeyValuePair<string, YamlTree>(parent.PendingKey, node));
            parent.PendingKey = null;
        }
        parent.Node.ExpandedCount += node.ExpandedCount;
        parent.Node.Depth = Math.Max(parent.Node.Depth, node.Depth + 1);
        if (parent.Node.ExpandedCount > _maxNodes)
        {
            throw Error(at, string.Create(CultureInfo.InvariantCulture, $"the document expands to more than {_maxNodes:N0} nodes through its aliases; refusing to convert it (an alias bomb?)"));
        }
        if (parent.Node.Depth > _maxDepth)
        {
            throw Error(at, $"the document nests deeper than {_maxDepth} levels once aliases are expanded");
        }
    }

    private static YamlConversionException Error(Mark at, string problem)
        => new(Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), problem);

    /// <summary>A mapping or sequence still being read.</summary>
    private sealed class OpenNode
    {
        public OpenNode(YamlTree node, AnchorName anchor, Mark start)
        {
            Node = node;
            Anchor = anchor;
            Start = start;
        }

        public YamlTree Node { get; }

        public AnchorName Anchor { get; }

        public Mark Start { get; }

        /// <summary>The key read in a mapping whose value has not come yet.</summary>
        public string? PendingKey { get; set; }
    }
}
