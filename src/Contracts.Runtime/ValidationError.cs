namespace Contracts;

/// <summary>One broken rule: where (a JSON Pointer such as <c>/input/num_outputs</c>), which keyword, the limit and the value found.</summary>
/// <param name="Path">JSON Pointer of the offending value; empty for the root.</param>
/// <param name="Keyword">The JSON Schema keyword that failed, such as <c>maximum</c> or <c>required</c>.</param>
/// <param name="Limit">The limit as JSON text (for example <c>8</c>), or null when the keyword has none.</param>
/// <param name="Actual">The offending value as JSON text, or null when the value is missing.</param>
/// <param name="Message">A sentence for people.</param>
public sealed record ValidationError(string Path, string Keyword, string? Limit, string? Actual, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Path.Length == 0 ? Message : Path + ": " + Message;
}
