using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Json;

internal sealed class JsonNullNode : JsonNode
{
    public JsonNullNode(SourceSpan span, int start, int end)
        : base(span, start, end)
    {
    }

    public override JsonNodeKind Kind => JsonNodeKind.Null;
}
