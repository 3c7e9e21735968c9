namespace Contracts.Tool.Diff.Engine;

/// <summary>A place where both sides refer to named schemas: the pair is compared once and its changes shown below <paramref name="At"/>.</summary>
internal readonly record struct ReferenceEdge(JsonPointer At, int PairId);
