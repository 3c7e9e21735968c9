using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Json;

/// <summary>Why parsing stopped and where, in the whole file's coordinates.</summary>
internal sealed class JsonParseError
{
    public JsonParseError(string message, SourceSpan span, bool isTooDeep)
    {
        Message = message;
        Span = span;
        IsTooDeep = isTooDeep;
    }

    /// <summary>The reader's message, without its block-relative line and byte numbers.</summary>
    public string Message { get; }

    public SourceSpan Span { get; }

    /// <summary>True when nesting passed <see cref="LocatedJsonParser.MaxDepth"/> (reported as CTR1005, not CTR1001).</summary>
    public bool IsTooDeep { get; }
}
