using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Contracts.Tool.Diff.Engine;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Policy;

/// <summary>
/// The checked-in list of known changes to keep quiet, one per line: <c>rule-id-glob target-glob  # reason</c>. The target
/// glob is tried against the operation ("POST /pets/{id}"), the pointer ("/input/num_outputs"), both with the place
/// ("POST /pets/{id} request body /input/num_outputs") and the file name.
/// </summary>
internal sealed class IgnoreList
{
    public const string DefaultFileName = ".contracts-diff-ignore";

    public static readonly IgnoreList Empty = new(Array.Empty<IgnoreEntry>());

    public IgnoreList(IReadOnlyList<IgnoreEntry> entries) => Entries = entries;

    public IReadOnlyList<IgnoreEntry> Entries { get; }

    public static IgnoreList Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DiffInputException($"cannot read the ignore file '{path}': {exception.Message}");
        }
        return Parse(text, path);
    }

    public static IgnoreList Parse(string text, string path)
    {
        var entries = new List<IgnoreEntry>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var comment = CommentStart(line);
            var reason = comment < 0 ? null : line.Substring(comment + 1).Trim();
            var body = (comment < 0 ? line : line.Substring(0, comment)).Trim();
            if (body.Length == 0) continue;
            var space = body.IndexOfAny(new[] { ' ', '\t' });
            var where = $"{path}:{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            if (space < 0) throw new DiffInputException($"{where}: expected 'rule-id target  # reason', found only '{body}'.");
            var rule = body.Substring(0, space);
            if (!RuleCatalogue.All.Any(r => Glob.IsMatch(rule, r.Id)))
            {
                throw new DiffInputException($"{where}: '{rule}' matches no rule ID (see the rules catalogue in README.md).");
            }
            entries.Add(new IgnoreEntry(rule, body.Substring(space + 1).Trim(), string.IsNullOrEmpty(reason) ? null : reason, i + 1));
        }
        return new IgnoreList(entries);
    }

    public bool Silences(Finding finding)
    {
        foreach (var entry in Entries)
        {
            if (!Glob.IsMatch(entry.Rule, finding.Rule.Id)) continue;
            if (Glob.IsMatch(entry.Target, finding.Operation)
                || (finding.Pointer.Length > 0 && Glob.IsMatch(entry.Target, finding.Pointer))
                || Glob.IsMatch(entry.Target, finding.Operation + " " + finding.Where)
                || Glob.IsMatch(entry.Target, finding.Document))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A '#' at the start or after whitespace begins the reason; one inside a glob does not.</summary>
    private static int CommentStart(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1]))) return i;
        }
        return -1;
    }
}
