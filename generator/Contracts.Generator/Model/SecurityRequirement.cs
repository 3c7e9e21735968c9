using Contracts.Generator.Helpers;

namespace Contracts.Generator.Model;

/// <summary>One alternative of a <c>security</c> list: the named schemes applied together (none: anonymous access allowed).</summary>
internal sealed record SecurityRequirement(EquatableArray<string> Schemes, SourceSpan Span);
