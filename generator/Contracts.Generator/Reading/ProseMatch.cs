namespace Contracts.Generator.Reading;

/// <summary>A value stated in prose: its literal text and where it was found in the description.</summary>
internal sealed record ProseMatch(string Text, int Start, int Length);
