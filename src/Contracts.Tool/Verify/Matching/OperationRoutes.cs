using System;
using System.Collections.Generic;
using System.Linq;

namespace Contracts.Tool.Verify.Matching;

/// <summary>
/// Finds the operation of a recorded request by method and path template. The recorded path may carry a server prefix
/// (<c>/relay</c>, <c>/api/v2</c>): with <c>--base-path</c> that prefix is required and stripped; without it, the
/// template that matches the longest tail of the path wins (the shortest prefix), then the one with more literal segments.
/// </summary>
internal sealed class OperationRoutes
{
    private readonly List<(VerifiedOperation Operation, string[] Segments)> _routes = new();
    private readonly string[]? _basePath;

    public OperationRoutes(IEnumerable<VerifiedOperation> operations, string? basePath)
    {
        foreach (var operation in operations) _routes.Add((operation, Segments(operation.Operation.Path)));
        _basePath = string.IsNullOrEmpty(basePath) || basePath == "/" ? null : Segments(basePath);
    }

    /// <summary>The match, or null with the reason none was found.</summary>
    public RouteMatch? Find(string method, string path, out string reason)
    {
        var segments = Segments(path).Select(Uri.UnescapeDataString).ToArray();
        var firstStart = 0;
        if (_basePath is not null)
        {
            if (segments.Length < _basePath.Length || !_basePath.SequenceEqual(segments.Take(_basePath.Length), StringComparer.Ordinal))
            {
                reason = "outside --base-path /" + string.Join("/", _basePath);
                return null;
            }
            firstStart = _basePath.Length;
        }
        var lastStart = _basePath is null ? segments.Length : firstStart;
        var pathMatched = false;
        for (var start = firstStart; start <= lastStart; start++)
        {
            RouteMatch? best = null;
            var bestLiterals = -1;
            foreach (var (operation, template) in _routes)
            {
                if (Match(template, segments, start) is not { } values) continue;
                pathMatched = true;
                if (!string.Equals(operation.Operation.Method, method, StringComparison.OrdinalIgnoreCase)) continue;
                var literals = template.Count(segment => !IsParameter(segment));
                if (literals <= bestLiterals) continue;
                best = new RouteMatch(operation, values, "/" + string.Join("/", segments.Take(start)));
                bestLiterals = literals;
            }
            if (best is not null)
            {
                reason = "";
                return best;
            }
        }
        reason = pathMatched ? "no " + method + " operation on this path" : "no operation on this path";
        return null;
    }

    private static Dictionary<string, string>? Match(string[] template, string[] segments, int start)
    {
        if (segments.Length - start != template.Length) return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Length; i++)
        {
            var segment = segments[start + i];
            if (IsParameter(template[i]))
            {
                if (segment.Length == 0) return null;
                values[template[i].Substring(1, template[i].Length - 2)] = segment;
            }
            else if (!string.Equals(template[i], segment, StringComparison.Ordinal))
            {
                return null;
            }
        }
        return values;
    }

    private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';

    private static string[] Segments(string path)
    {
        var trimmed = path.Trim('/');
        return trimmed.Length == 0 ? Array.Empty<string>() : trimmed.Split('/');
    }
}
