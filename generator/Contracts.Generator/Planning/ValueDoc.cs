using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>
/// What a member's documentation says: its summary (null when the schema has nothing to say beyond the name) and its
/// remarks sentences (the JSON name where it is not the C# name, then limits, default and allowed values), as XML text.
/// </summary>
internal sealed record ValueDoc(string? Summary, EquatableArray<string> Remarks);
