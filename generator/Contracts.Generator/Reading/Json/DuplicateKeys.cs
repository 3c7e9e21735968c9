using System;
using System.Collections.Generic;

namespace Contracts.Generator.Reading.Json;

/// <summary>
/// Finds members whose key already appeared in the same object, as the parser closes each object. Readers use the last
/// one (as JavaScript does), so the earlier ones are silently lost unless reported.
/// </summary>
internal sealed class DuplicateKeys
{
    // Small objects are compared pairwise; a set pays off only for large ones.
    private const int PairwiseUpTo = 12;

    private HashSet<string>? _seen;
    private List<JsonMember>? _found;

    /// <summary>Checks the members of one object: <paramref name="members"/> from <paramref name="first"/> on.</summary>
    public void Check(List<JsonMember> members, int first)
    {
        var count = members.Count - first;
        if (count < 2) return;
        if (count <= PairwiseUpTo)
        {
            for (var i = first + 1; i < members.Count; i++)
            {
                for (var j = first; j < i; j++)
                {
                    if (string.Equals(members[i].Name, members[j].Name, StringComparison.Ordinal))
                    {
                        (_found ??= new List<JsonMember>()).Add(members[i]);
                        break;
                    }
                }
            }
            return;
        }
        var seen = _seen ??= new HashSet<string>(StringComparer.Ordinal);
        seen.Clear();
        for (var i = first; i < members.Count; i++)
        {
            if (!seen.Add(members[i].Name)) (_found ??= new List<JsonMember>()).Add(members[i]);
        }
    }

    /// <summary>Every repeated key found, in document order.</summary>
    public IReadOnlyList<JsonMember> Found()
    {
        if (_found is null) return Array.Empty<JsonMember>();
        // Objects close inner-first; order by position so reports read top to bottom.
        _found.Sort((a, b) => a.NameSpan.StartLine != b.NameSpan.StartLine ? a.NameSpan.StartLine.CompareTo(b.NameSpan.StartLine) : a.NameSpan.StartColumn.CompareTo(b.NameSpan.StartColumn));
        return _found;
    }

    /// <summary>Adds a CTR1007 warning at each repeated key.</summary>
    public static void Report(JsonParseResult parsed, string filePath, List<Model.DiagnosticInfo> diagnostics)
    {
        foreach (var member in parsed.DuplicateKeys)
        {
            diagnostics.Add(Model.DiagnosticInfo.Create(Diagnostics.DiagnosticId.DuplicateKey, filePath, member.NameSpan, member.Name));
        }
    }
}
