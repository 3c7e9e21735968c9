using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Contracts.Generator.Model;

namespace Contracts.Generator.Naming;

/// <summary>
/// Names an operation the way a C# developer would: from operationId when given, otherwise from the HTTP method and
/// the last resource of the path (never from a display title, which is often Chinese prose).
/// </summary>
internal static class OperationNamer
{
    private static readonly Regex VersionSegment = new("^(v[0-9]+([._][0-9]+)*|api)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static string BaseName(Operation operation)
    {
        if (!string.IsNullOrWhiteSpace(operation.OperationId))
        {
            var fromId = Identifier.ToPascalCase(operation.OperationId!, "");
            // An operationId is a code name; one in another script is really a title, so the path is used instead.
            if (fromId.Length > 0 && fromId[0] != '_' && IsAscii(fromId)) return fromId;
        }
        return Verb(operation.Method) + Resource(operation.Path);
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 127) return false;
        }
        return true;
    }

    private static string Verb(string method) => method.ToUpperInvariant() switch
    {
        "GET" => "Get",
        "POST" => "Post",
        "PUT" => "Put",
        "PATCH" => "Patch",
        "DELETE" => "Delete",
        "HEAD" => "Head",
        "OPTIONS" => "Options",
        "TRACE" => "Trace",
        _ => Identifier.ToPascalCase(method, "Send"),
    };

    /// <summary>"/replicate/v1/predictions/{id}/cancel" → "PredictionsByIdCancel": the literal before the first trailing parameter onwards.</summary>
    private static string Resource(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || VersionSegment.IsMatch(segment)) continue;
            segments.Add(segment);
        }
        // Start from the last literal segment that is followed only by parameters and at most one more literal (an action).
        var start = segments.Count - 1;
        while (start > 0 && IsParameter(segments[start])) start--;
        if (start > 0 && !IsParameter(segments[start]) && IsParameter(segments[start - 1]))
        {
            start--;
            while (start > 0 && IsParameter(segments[start])) start--;
        }
        var name = new StringBuilder();
        for (var i = start < 0 ? 0 : start; i < segments.Count; i++)
        {
            var segment = segments[i];
            name.Append(IsParameter(segment)
                ? "By" + Identifier.ToPascalCase(segment.Trim('{', '}'), "Value")
                : Identifier.ToPascalCase(segment, ""));
        }
        return name.Length == 0 ? "Root" : name.ToString();
    }

    private static bool IsParameter(string segment) => segment.StartsWith("{", System.StringComparison.Ordinal) && segment.EndsWith("}", System.StringComparison.Ordinal);
}
