using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Json;

/// <summary>A number, kept as its literal text so nothing is lost to floating point.</summary>
internal sealed class JsonNumberNode : JsonNode
{
    public JsonNumberNode(string literal, SourceSpan span, int start, int end)
        : base(span, start, end) => Literal = literal;

    public string Literal { get; }

    public override JsonNodeKind Kind => JsonNodeKind.Number;
}
