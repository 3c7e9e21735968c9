using System.Collections.Generic;
using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Json;

internal sealed class JsonArrayNode : JsonNode
{
    public JsonArrayNode(IReadOnlyList<JsonNode> items, SourceSpan span, int start, int end)
        : base(span, start, end) => Items = items;

    public IReadOnlyList<JsonNode> Items { get; }

    public override JsonNodeKind Kind => JsonNodeKind.Array;
}
