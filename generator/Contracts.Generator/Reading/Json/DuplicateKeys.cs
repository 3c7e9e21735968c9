using System;
using System.Collections.Generic;

namespace Contracts.Generator.Reading.Json;

/// <summary>
/// Finds members whose key already appeared in the same object. Readers use the last one (as JavaScript does), so the
/// earlier ones are silently lost unless reported. Iterative, so depth costs no stack.
/// </summary>
internal static class DuplicateKeys
{
    public static List<JsonMember> In(JsonNode root)
    {
        var duplicates = new List<JsonMember>();
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObjectNode obj:
                    seen.Clear();
                    foreach (var member in obj.Members)
                    {
                        if (!seen.Add(member.Name)) duplicates.Add(member);
                        pending.Push(member.Value);
                    }
                    break;
                case JsonArrayNode array:
                    foreach (var item in array.Items) pending.Push(item);
                    break;
            }
        }
        return duplicates;
    }

    /// <summary>Adds a CTR1007 warning at each repeated key.</summary>
    public static void Report(JsonNode root, string filePath, List<Model.DiagnosticInfo> diagnostics)
    {
        foreach (var member in In(root))
        {
            diagnostics.Add(Model.DiagnosticInfo.Create(Diagnostics.DiagnosticIds.DuplicateKey, filePath, member.NameSpan, member.Name));
        }
    }
}
