using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Markdown;

/// <summary>The blocks of one "## METHOD title" section, sorted by role, before they are read into an operation.</summary>
internal sealed class OperationDraft
{
    public OperationDraft(string method, string summary, EquatableArray<string> folder, MarkdownBlock heading)
    {
        Method = method;
        Summary = summary;
        Folder = folder;
        Heading = heading;
    }

    public string Method { get; }
    public string Summary { get; }
    public EquatableArray<string> Folder { get; }
    public MarkdownBlock Heading { get; }
    public string? Path { get; set; }
    public List<string> Description { get; } = new();
    public MarkdownBlock? BodyFence { get; set; }
    public MarkdownTable? Parameters { get; set; }
    public MarkdownTable? Responses { get; set; }
    /// <summary>Response structure tables by status; -1 for a table with no "状态码 **200**" line above it.</summary>
    public Dictionary<int, MarkdownBlock> Structures { get; } = new();
    public List<(string? Label, MarkdownBlock Fence)> Examples { get; } = new();
    public Dictionary<MarkdownTable, Dictionary<string, List<MarkdownCell>>> Enums { get; } = new();
}

/// <summary>One data model of the "# 数据模型" section: its name, anchors, example block and property table.</summary>
internal sealed class SchemaDraft
{
    public SchemaDraft(string name, MarkdownBlock heading)
    {
        Name = name;
        Heading = heading;
    }

    public string Name { get; }
    public MarkdownBlock Heading { get; }
    public List<string> Anchors { get; } = new();
    public MarkdownBlock? ExampleFence { get; set; }
    public MarkdownBlock? Table { get; set; }
    public Dictionary<string, List<MarkdownCell>>? Enums { get; set; }
}
