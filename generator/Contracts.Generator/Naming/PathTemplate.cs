using System.Collections.Generic;
using System.Text;

namespace Contracts.Generator.Naming;

/// <summary>
/// The {name} placeholders of a path template, read one way for the generator (method parameters, the path expression,
/// server URL variables) and <c>contracts diff</c> (matching operations whose placeholders were renamed).
/// </summary>
internal static class PathTemplate
{
    /// <summary>Every placeholder in order of appearance, repeats and empty ones included.</summary>
    public static List<string> Placeholders(string path)
    {
        var names = new List<string>();
        foreach (var (open, close) in Braces(path)) names.Add(path.Substring(open + 1, close - open - 1));
        return names;
    }

    /// <summary>The variables: placeholders that have a name, each once.</summary>
    public static List<string> Names(string path)
    {
        var names = new List<string>();
        foreach (var name in Placeholders(path))
        {
            if (name.Length > 0 && !names.Contains(name)) names.Add(name);
        }
        return names;
    }

    /// <summary>The path with every {name} as {}: /a/{id} and /a/{petId} are the same operation path.</summary>
    public static string Normalise(string path)
    {
        var builder = new StringBuilder(path.Length);
        var at = 0;
        foreach (var (open, close) in Braces(path))
        {
            builder.Append(path, at, open - at).Append("{}");
            at = close + 1;
        }
        return builder.Append(path, at, path.Length - at).ToString();
    }

    /// <summary>The template cut into literal text and placeholder names, in order; an unclosed "{" stays literal.</summary>
    public static List<(string Text, bool IsPlaceholder)> Segments(string path)
    {
        var segments = new List<(string Text, bool IsPlaceholder)>();
        var at = 0;
        foreach (var (open, close) in Braces(path))
        {
            if (open > at) segments.Add((path.Substring(at, open - at), false));
            segments.Add((path.Substring(open + 1, close - open - 1), true));
            at = close + 1;
        }
        if (at < path.Length) segments.Add((path.Substring(at), false));
        return segments;
    }

    /// <summary>Positions of each "{" and the first "}" after it; an unclosed "{" ends the template.</summary>
    private static IEnumerable<(int Open, int Close)> Braces(string path)
    {
        var at = 0;
        while (at < path.Length)
        {
            var open = path.IndexOf('{', at);
            if (open < 0) yield break;
            var close = path.IndexOf('}', open + 1);
            if (close < 0) yield break;
            yield return (open, close);
            at = close + 1;
        }
    }
}
