using System;
using Contracts.Generator.Model;

namespace Contracts.Generator.Selection;

/// <summary>What an operation pattern is compared with.</summary>
internal enum PatternTarget
{
    /// <summary>No prefix: the folder, a tag or the operation id, whichever matches.</summary>
    Any,
    Folder,
    Tag,
    Path,
    OperationId,
}

/// <summary>
/// One include or exclude pattern. <c>folder:</c>, <c>tag:</c>, <c>path:</c> and <c>id:</c> say what it is compared with;
/// a pattern starting with "/" (or an HTTP method and a space, "GET /users/*") is a path; any other is compared with
/// the folder (a folder pattern also takes every folder below what it matches), the tags and the operation id.
/// </summary>
internal sealed record OperationPattern(string Text, PatternTarget Target, string Glob, string? Method)
{
    public static OperationPattern Parse(string text)
    {
        var trimmed = text.Trim();
        foreach (var (prefix, target) in Prefixes)
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = trimmed.Substring(prefix.Length).Trim();
                return target == PatternTarget.Path ? ParsePath(trimmed, rest) : new OperationPattern(trimmed, target, rest, null);
            }
        }
        var space = trimmed.IndexOf(' ');
        if (trimmed.StartsWith("/", StringComparison.Ordinal) || (space > 0 && space + 1 < trimmed.Length && trimmed[space + 1] == '/'))
        {
            return ParsePath(trimmed, trimmed);
        }
        return new OperationPattern(trimmed, PatternTarget.Any, trimmed.Trim('/'), null);
    }

    public bool Matches(Operation operation) => Target switch
    {
        PatternTarget.Folder => MatchesFolder(operation),
        PatternTarget.Tag => MatchesTag(operation),
        PatternTarget.OperationId => operation.OperationId is { } id && PathGlob.IsMatch(Glob, id),
        PatternTarget.Path => (Method is null || string.Equals(Method, operation.Method, StringComparison.OrdinalIgnoreCase))
                              && PathGlob.IsMatch(Glob, operation.Path.StartsWith("/", StringComparison.Ordinal) ? operation.Path : "/" + operation.Path),
        _ => MatchesFolder(operation) || MatchesTag(operation) || (operation.OperationId is { } any && PathGlob.IsMatch(Glob, any)),
    };

    private static readonly (string Prefix, PatternTarget Target)[] Prefixes =
    {
        ("folder:", PatternTarget.Folder), ("tag:", PatternTarget.Tag), ("path:", PatternTarget.Path), ("id:", PatternTarget.OperationId),
    };

    private static OperationPattern ParsePath(string text, string rest)
    {
        var space = rest.IndexOf(' ');
        if (space > 0 && !rest.StartsWith("/", StringComparison.Ordinal))
        {
            return new OperationPattern(text, PatternTarget.Path, Slash(rest.Substring(space + 1).Trim()), rest.Substring(0, space));
        }
        return new OperationPattern(text, PatternTarget.Path, Slash(rest), null);
    }

    private static string Slash(string path) => path.StartsWith("/", StringComparison.Ordinal) ? path : "/" + path;

    /// <summary>The folder or any folder above it matches: "用户" takes "用户/管理" too.</summary>
    private bool MatchesFolder(Operation operation)
    {
        if (operation.Folder.Count == 0) return false;
        var path = "";
        foreach (var level in operation.Folder)
        {
            path = path.Length == 0 ? level : path + "/" + level;
            if (PathGlob.IsMatch(Glob, path)) return true;
        }
        return false;
    }

    private bool MatchesTag(Operation operation)
    {
        foreach (var tag in operation.Tags)
        {
            if (PathGlob.IsMatch(Glob, tag)) return true;
        }
        return false;
    }
}
