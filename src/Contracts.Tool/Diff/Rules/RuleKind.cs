namespace Contracts.Tool.Diff.Rules;

/// <summary>What sort of fact changed.</summary>
internal enum RuleKind
{
    /// <summary>Something is there or not (an operation, a parameter, a property, a status).</summary>
    Existence,
    /// <summary>Whether something must be sent or is always present.</summary>
    Requiredness,
    /// <summary>The JSON type, format, nullability or shape.</summary>
    Type,
    /// <summary>A limit on values (range, length, count, pattern).</summary>
    Constraint,
    /// <summary>The set of values (enum, const, default, discriminator).</summary>
    Values,
    /// <summary>Text and order that do not change what is valid (descriptions, examples, member order).</summary>
    Documentation,
}
