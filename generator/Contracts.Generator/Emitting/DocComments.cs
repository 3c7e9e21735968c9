using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>XML documentation from descriptions, with the constraints written out in words.</summary>
internal static class DocComments
{
    /// <summary>A summary on one line when its text is one line, else a line each between the tags.</summary>
    public static void Summary(SourceWriter writer, string text)
    {
        var lines = CSharpText.XmlDocLines(text);
        if (lines.Count == 1)
        {
            writer.Line("/// <summary>" + lines[0] + "</summary>");
            return;
        }
        writer.Line("/// <summary>");
        foreach (var line in lines) writer.Line(line.Length == 0 ? "/// <para/>" : "/// " + line);
        writer.Line("/// </summary>");
    }

    /// <summary>The member's summary and a remarks paragraph (JSON name, limits, default, allowed values), each only when it says something.</summary>
    public static void ForValue(SourceWriter writer, ValueDoc doc)
    {
        if (doc.Summary is { } summary) Summary(writer, summary);
        if (doc.Remarks.IsEmpty) return;
        writer.Line("/// <remarks>" + string.Join(" ", doc.Remarks) + "</remarks>");
    }
}
