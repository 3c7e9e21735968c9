using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Contracts.Generator.Helpers;

/// <summary>Turns text from a schema into C# that cannot break or inject into the generated code.</summary>
internal static class CSharpText
{
    /// <summary>A regular C# string literal, quotes included. Every control, separator and bidi character is escaped.</summary>
    public static string StringLiteral(string value)
    {
        if (IsPlainLiteralText(value)) return "\"" + value + "\"";
        var text = new StringBuilder(value.Length + 2);
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\0': text.Append("\\0"); break;
                default:
                    if (NeedsEscape(c)) text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
        return text.ToString();
    }

    /// <summary>
    /// Splits text into lines safe inside <c>///</c> comments: XML special characters escaped, line breaks
    /// (including U+2028/U+2029/U+0085, which C# also treats as new lines) become separate lines, controls and bidi shown as \uXXXX.
    /// </summary>
    public static IReadOnlyList<string> XmlDocLines(string value)
    {
        if (IsPlainXmlDocLine(value)) return new[] { value };
        var lines = new List<string>();
        var line = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n') i++;
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                continue;
            }
            switch (c)
            {
                case '&': line.Append("&amp;"); break;
                case '<': line.Append("&lt;"); break;
                case '>': line.Append("&gt;"); break;
                default:
                    if (NeedsEscape(c) || c == '\t') line.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else line.Append(c);
                    break;
            }
        }
        lines.Add(line.ToString().TrimEnd());
        // Drop leading and trailing blank lines; keep inner ones as paragraph breaks.
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[lines.Count - 1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>Text for a single-line comment (<c>// …</c>): line breaks folded to spaces, controls escaped.</summary>
    public static string CommentText(string value) => IsPlainXmlDocLine(value) ? value : string.Join(" ", XmlDocLines(value));

    /// <summary>Printable ASCII other than quote and backslash: the common JSON name, written between quotes as it is.</summary>
    private static bool IsPlainLiteralText(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c > '~' || c == '"' || c == '\\') return false;
        }
        return true;
    }

    /// <summary>Most descriptions need no escaping and are one line: those are used as they are, without copies.</summary>
    private static bool IsPlainXmlDocLine(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[value.Length - 1])) return false;
        foreach (var c in value)
        {
            if (c < ' ' || c == '&' || c == '<' || c == '>' || c == '\u007f') return false;
            if (c > '\u007e' && (NeedsEscape(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')) return false;
        }
        return true;
    }

    private static bool NeedsEscape(char c)
    {
        // Surrogates are escaped too: a lone one would be mangled when the source is encoded.
        if (char.IsControl(c) || char.IsSurrogate(c)) return true;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Format: // bidi overrides, zero-width characters
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return false;
        }
    }
}
