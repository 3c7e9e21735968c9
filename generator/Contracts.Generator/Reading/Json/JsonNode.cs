using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Json;

/// <summary>A JSON value with its place in the file. Reader-internal, so reference equality is enough.</summary>
internal abstract class JsonNode
{
    protected JsonNode(SourceSpan span, int start, int end)
    {
        Span = span;
        Start = start;
        End = end;
    }

    /// <summary>Where the value is, in the whole file's coordinates.</summary>
    public SourceSpan Span { get; }

    /// <summary>Char offset of the first character, within the parsed text.</summary>
    public int Start { get; }

    /// <summary>Char offset just past the last character, within the parsed text.</summary>
    public int End { get; }

    public abstract JsonNodeKind Kind { get; }

    /// <summary>"an object", "a number"…, for messages such as "should be an array but is a number".</summary>
    public string KindWithArticle => DescribeKind(Kind);

    public static string DescribeKind(JsonNodeKind kind) => kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Boolean => "a boolean",
        _ => "null",
    };
}
