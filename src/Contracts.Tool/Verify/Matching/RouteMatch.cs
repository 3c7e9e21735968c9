using System.Collections.Generic;

namespace Contracts.Tool.Verify.Matching;

/// <summary>The operation an entry is for, the path parameters read from its URL, and the server prefix stripped.</summary>
internal sealed record RouteMatch(VerifiedOperation Operation, IReadOnlyDictionary<string, string> PathValues, string Prefix);
