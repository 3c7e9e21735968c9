using System.Threading;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Analysis;

/// <summary>
/// The documentation written above a generated symbol. Read from the source's comment trivia, which is kept whatever
/// the documentation mode (a build without GenerateDocumentationFile does not parse doc comments); the compiled XML
/// documentation is the fallback for types from a referenced assembly.
/// </summary>
internal static class DeclarationText
{
    public static string Of(ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            // A field's comment sits on its declaration, two levels above the declarator.
            if (symbol is IFieldSymbol) node = node.Parent?.Parent ?? node;
            var text = node.GetLeadingTrivia().ToFullString();
            if (text.Length > 0) return text;
        }
        return symbol.GetDocumentationCommentXml(cancellationToken: cancellationToken) ?? "";
    }

    /// <summary>The text of the summary element, with the comment markers and line breaks folded into spaces.</summary>
    public static string Summary(string documentation)
    {
        var start = documentation.IndexOf("<summary>", System.StringComparison.Ordinal);
        var end = documentation.IndexOf("</summary>", System.StringComparison.Ordinal);
        if (start < 0 || end < start) return "";
        var inner = documentation.Substring(start + "<summary>".Length, end - start - "<summary>".Length);
        var lines = inner.Split('\n');
        var builder = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("///", System.StringComparison.Ordinal)) trimmed = trimmed.Substring(3).Trim();
            if (trimmed.Length == 0) continue;
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(trimmed);
        }
        return System.Net.WebUtility.HtmlDecode(builder.ToString());
    }
}
