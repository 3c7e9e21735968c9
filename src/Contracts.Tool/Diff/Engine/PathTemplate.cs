using System.Collections.Generic;
using System.Text;

namespace Contracts.Tool.Diff.Engine;

/// <summary>Path templates with placeholder names set aside: /a/{id} and /a/{petId} are the same operation path.</summary>
internal static class PathTemplate
{
    /// <summary>The path with every {name} as {}.</summary>
    public static string Normalise(string path)
    {
        var builder = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var close = path[i] == '{' ? path.IndexOf('}', i + 1) : -1;
            if (close < 0)
            {
                builder.Append(path[i]);
                continue;
            }
            builder.Append("{}");
            i = close;
        }
        return builder.ToString();
    }

    /// <summary>Placeholder names in order of appearance.</summary>
    public static List<string> Placeholders(string path)
    {
        var names = new List<string>();
        for (var open = path.IndexOf('{'); open >= 0; open = path.IndexOf('{', open + 1))
        {
            var close = path.IndexOf('}', open + 1);
            if (close < 0) break;
            names.Add(path.Substring(open + 1, close - open - 1));
        }
        return names;
    }
}
