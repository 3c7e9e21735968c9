namespace Contracts.Generator.Planning;

/// <summary>How a member the description marks deprecated is generated.</summary>
internal enum MemberDeprecation
{
    None,
    /// <summary>[Obsolete] on the member.</summary>
    Obsolete,
    /// <summary>A remark only: C# refuses [Obsolete] on a required member of a type that is not obsolete itself (CS9042).</summary>
    Remark,
}
