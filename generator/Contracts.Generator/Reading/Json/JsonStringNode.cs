using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Json;

internal sealed class JsonStringNode : JsonNode
{
    public JsonStringNode(string value, bool hasEscapes, SourceSpan span, int start, int end)
        : base(span, start, end)
    {
        Value = value;
        HasEscapes = hasEscapes;
    }

    /// <summary>The unescaped value.</summary>
    public string Value { get; }

    /// <summary>True when the literal used escapes, so offsets in <see cref="Value"/> no longer match file columns.</summary>
    public bool HasEscapes { get; }

    public override JsonNodeKind Kind => JsonNodeKind.String;

    /// <summary>
    /// The file span of <paramref name="length"/> characters of the value starting at <paramref name="offset"/>;
    /// the whole literal's span when escapes make that impossible. An unescaped JSON string cannot contain a line break.
    /// </summary>
    public SourceSpan SpanOf(int offset, int length)
    {
        if (HasEscapes || offset < 0 || length < 0 || offset + length > Value.Length || Span.StartLine != Span.EndLine) return Span;
        var column = Span.StartColumn + 1 + offset;
        return new SourceSpan(Span.StartLine, column, Span.StartLine, column + length);
    }
}
