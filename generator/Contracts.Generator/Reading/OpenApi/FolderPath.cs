using System.Collections.Generic;
using System.Text;
using Contracts.Generator.Helpers;

namespace Contracts.Generator.Reading.OpenApi;

/// <summary>Splits an Apifox folder ("a/b", with "\/" and "\\" as escapes) into its trimmed, non-empty levels.</summary>
internal static class FolderPath
{
    public static EquatableArray<string> Split(string folder)
    {
        var levels = new List<string>();
        var level = new StringBuilder();
        for (var i = 0; i < folder.Length; i++)
        {
            var c = folder[i];
            if (c == '\\' && i + 1 < folder.Length && (folder[i + 1] == '/' || folder[i + 1] == '\\'))
            {
                level.Append(folder[++i]);
            }
            else if (c == '/')
            {
                Add(levels, level);
            }
            else
            {
                level.Append(c);
            }
        }
        Add(levels, level);
        return levels.ToEquatableArray();
    }

    private static void Add(List<string> levels, StringBuilder level)
    {
        var name = level.ToString().Trim();
        if (name.Length > 0) levels.Add(name);
        level.Clear();
    }
}
