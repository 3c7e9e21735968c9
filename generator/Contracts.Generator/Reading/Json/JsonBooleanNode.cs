using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Json;

internal sealed class JsonBooleanNode : JsonNode
{
    public JsonBooleanNode(bool value, SourceSpan span, int start, int end)
        : base(span, start, end) => Value = value;

    public bool Value { get; }

    public override JsonNodeKind Kind => JsonNodeKind.Boolean;
}
