using Contracts.Generator.Helpers;

namespace Contracts.Generator.Reading;

/// <summary>What a description states in words. Minimum and Maximum are inclusive and always JSON number literals.</summary>
internal sealed record ProseConstraints
{
    public static readonly ProseConstraints None = new();

    public ProseMatch? Default { get; init; }
    public ProseMatch? Minimum { get; init; }
    public ProseMatch? Maximum { get; init; }
    public EquatableArray<ProseMatch> AllowedValues { get; init; } = EquatableArray<ProseMatch>.Empty;

    public bool IsEmpty => Default is null && Minimum is null && Maximum is null && AllowedValues.IsEmpty;
}
