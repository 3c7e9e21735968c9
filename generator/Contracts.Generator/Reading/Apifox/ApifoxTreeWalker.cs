using System.Collections.Generic;
using System.Globalization;
using Contracts.Generator.Helpers;
using Contracts.Generator.Reading.Json;

namespace Contracts.Generator.Reading.Apifox;

/// <summary>
/// Walks an Apifox tree (apiCollection, schemaCollection): an array of root folders, each folder { name, items: [...] }.
/// An explicit stack, so a hostile depth cannot overflow the compiler's stack.
/// </summary>
internal sealed class ApifoxTreeWalker
{
    private readonly JsonFieldReader _fields;

    public ApifoxTreeWalker(JsonFieldReader fields) => _fields = fields;

    /// <summary>
    /// Every entry holding <paramref name="leafKey"/>, in document order. Top-level nodes are roots ("根目录"), so their names
    /// are not part of <see cref="ApifoxTreeItem.Folder"/>. Entries that are neither leaf nor folder are ignored.
    /// </summary>
    public List<ApifoxTreeItem> Leaves(JsonNode? roots, string label, string leafKey)
    {
        var leaves = new List<ApifoxTreeItem>();
        if (roots is null || _fields.Array(roots, label) is not { } top) return leaves;
        var stack = new Stack<Frame>();
        stack.Push(new Frame(top, label, EquatableArray<string>.Empty, isRootLevel: true));
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (frame.Next == frame.Items.Items.Count)
            {
                stack.Pop();
                continue;
            }
            var index = frame.Next++;
            var itemLabel = frame.Label + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            if (_fields.Object(frame.Items.Items[index], itemLabel) is not { } item) continue;
            // A leaf may carry "items" too; only a node without the leaf key is a folder.
            if (item.Get(leafKey) is not null)
            {
                leaves.Add(new ApifoxTreeItem(item, frame.Folder, itemLabel));
                continue;
            }
            if (item.Get("items") is not { } children || _fields.Array(children, itemLabel + ".items") is not { } childItems) continue;
            var folder = frame.IsRootLevel ? frame.Folder : Append(frame.Folder, _fields.Text(item.Get("name"), itemLabel + ".name"));
            stack.Push(new Frame(childItems, itemLabel + ".items", folder, isRootLevel: false));
        }
        return leaves;
    }

    /// <summary>An unnamed folder adds no level.</summary>
    private static EquatableArray<string> Append(EquatableArray<string> folder, string? name)
    {
        if (name is null) return folder;
        var names = new string[folder.Count + 1];
        for (var i = 0; i < folder.Count; i++) names[i] = folder[i];
        names[folder.Count] = name;
        return new EquatableArray<string>(names);
    }

    private sealed class Frame
    {
        public Frame(JsonArrayNode items, string label, EquatableArray<string> folder, bool isRootLevel)
        {
            Items = items;
            Label = label;
            Folder = folder;
            IsRootLevel = isRootLevel;
        }

        public JsonArrayNode Items { get; }
        public string Label { get; }
        public EquatableArray<string> Folder { get; }
        public bool IsRootLevel { get; }
        public int Next { get; set; }
    }
}
