using System.Collections.Generic;
using System.Text;

namespace Contracts.Tests.Harness;

/// <summary>One request as the loopback server received it.</summary>
/// <param name="Method">The HTTP method, such as <c>POST</c>.</param>
/// <param name="PathAndQuery">The request target exactly as sent (percent-encoding kept), such as <c>/v1/items?x=a%20b</c>.</param>
/// <param name="Headers">Request and content headers by name, case-insensitive.</param>
/// <param name="Body">The body bytes (empty when there was none).</param>
public sealed record RecordedRequest(
    string Method,
    string PathAndQuery,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Headers,
    byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The header's values joined with ", ", or null when it was not sent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var values) ? string.Join(", ", values) : null;
}
