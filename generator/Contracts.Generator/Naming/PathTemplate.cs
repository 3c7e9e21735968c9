using System.Collections.Generic;

namespace Contracts.Generator.Naming;

/// <summary>The {name} variables of a path template, in order, each once.</summary>
internal static class PathTemplate
{
    public static List<string> Names(string path)
    {
        var names = new List<string>();
        var at = 0;
        while (at < path.Length)
        {
            var open = path.IndexOf('{', at);
            if (open < 0) break;
            var close = path.IndexOf('}', open + 1);
            if (close < 0) break;
            var name = path.Substring(open + 1, close - open - 1);
            if (name.Length > 0 && !names.Contains(name)) names.Add(name);
            at = close + 1;
        }
        return names;
    }
}
