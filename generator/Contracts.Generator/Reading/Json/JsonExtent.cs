namespace Contracts.Generator.Reading.Json;

/// <summary>Finds where a JSON object or array written in a larger text ends, so only that block is parsed.</summary>
internal static class JsonExtent
{
    /// <summary>The index just past the bracket that closes the one at <paramref name="start"/>; -1 when unsure (comments, unbalanced).</summary>
    public static int End(string text, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"': inString = true; break;
                case '{': case '[': depth++; break;
                case '}': case ']':
                    if (--depth == 0) return i + 1;
                    break;
                case '/': return -1; // a comment could hide brackets: let the parser see the rest
            }
        }
        return -1;
    }
}
