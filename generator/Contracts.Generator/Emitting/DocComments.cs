using Contracts.Generator.Helpers;
using Contracts.Generator.Planning;

namespace Contracts.Generator.Emitting;

/// <summary>XML documentation from descriptions, with the constraints written out in words.</summary>
internal static class DocComments
{
    public static void Summary(SourceWriter writer, string text)
    {
        writer.Line("/// <summary>");
        foreach (var line in CSharpText.XmlDocLines(text)) writer.Line(line.Length == 0 ? "/// <para/>" : "/// " + line);
        writer.Line("/// </summary>");
    }

    /// <summary>The member's summary and a remarks paragraph (JSON name, limits, default, allowed values), each only when it says something.</summary>
    public static void ForValue(SourceWriter writer, ValueDoc doc)
    {
        if (doc.Summary is { } summary) Summary(writer, summary);
        if (doc.Remarks.IsEmpty) return;
        writer.Line("/// <remarks>");
        writer.Line("/// " + string.Join(" ", doc.Remarks));
        writer.Line("/// </remarks>");
    }
}
