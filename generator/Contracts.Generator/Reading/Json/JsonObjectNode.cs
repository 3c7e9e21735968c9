using System;
using System.Collections.Generic;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Json;

/// <summary>An object; members stay in document order and duplicates are kept, so they can be detected.</summary>
internal sealed class JsonObjectNode : JsonNode
{
    public JsonObjectNode(IReadOnlyList<JsonMember> members, SourceSpan span, int start, int end)
        : base(span, start, end) => Members = members;

    public IReadOnlyList<JsonMember> Members { get; }

    public override JsonNodeKind Kind => JsonNodeKind.Object;

    /// <summary>The member with this name; the last one wins on duplicates, as in JavaScript's JSON.parse (Apifox is a JS app).</summary>
    public JsonMember? Find(string name)
    {
        for (var i = Members.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Members[i].Name, name, StringComparison.Ordinal)) return Members[i];
        }
        return null;
    }

    public JsonNode? Get(string name) => Find(name)?.Value;
}
