using Contracts.Generator.Model;

namespace Contracts.Generator.Reading.Schemas;

/// <summary>Picks the stricter of two numeric limits on the same side.</summary>
internal static class BoundComparison
{
    /// <param name="preferLarger">True for lower limits (the larger minimum is stricter), false for upper limits.</param>
    public static NumericBound? Stricter(NumericBound? first, NumericBound? second, bool preferLarger)
    {
        if (first is null) return second;
        if (second is null) return first;
        // Values we cannot compare keep the first: it was written first.
        if (!NumericText.TryCompare(second.Literal, first.Literal, out var order)) return first;
        if (order == 0) return second.Exclusive && !first.Exclusive ? second : first;
        return (order > 0) == preferLarger ? second : first;
    }
}
