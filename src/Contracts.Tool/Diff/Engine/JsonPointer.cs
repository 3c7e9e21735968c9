using System.Collections.Generic;

namespace Contracts.Tool.Diff.Engine;

/// <summary>
/// An immutable JSON Pointer into the data (not the schema): object members by name, every array item or map value as
/// <c>*</c>. Appending shares the parent, so walking a schema allocates one small node per level.
/// </summary>
internal sealed class JsonPointer
{
    public const string AnyItem = "*";

    public static readonly JsonPointer Root = new(null, "");

    private readonly JsonPointer? _parent;
    private readonly string _segment;
    private string? _text;

    private JsonPointer(JsonPointer? parent, string segment)
    {
        _parent = parent;
        _segment = segment;
    }

    public bool IsRoot => _parent is null;

    public JsonPointer Append(string segment) => new(this, segment);

    /// <summary>This pointer followed by <paramref name="relative"/>'s segments.</summary>
    public JsonPointer Concat(JsonPointer relative)
    {
        if (relative.IsRoot) return this;
        if (IsRoot) return relative;
        var segments = new Stack<string>();
        for (var node = relative; !node.IsRoot; node = node._parent!) segments.Push(node._segment);
        var result = this;
        while (segments.Count > 0) result = result.Append(segments.Pop());
        return result;
    }

    /// <summary>RFC 6901 text: "" for the root, "/input/num_outputs" below it.</summary>
    public override string ToString()
    {
        if (_text is not null) return _text;
        if (IsRoot) return _text = "";
        return _text = _parent!.ToString() + "/" + global::Contracts.Generator.Reading.JsonPointer.EscapeToken(_segment);
    }
}
