namespace Contracts.Generator.Analysis;

/// <summary>
/// One limit of a generated member, read from its emitted constant: the value, the constant's name (for messages and
/// fixes) and, when the limit came from prose, the clause of the description that states it (or "" when not found).
/// </summary>
internal sealed class MemberLimit
{
    public MemberLimit(LimitKind kind, object value, string constantName, Microsoft.CodeAnalysis.SpecialType constantType, LimitSource source, string clause)
    {
        ConstantType = constantType;
        Kind = kind;
        Value = value;
        ConstantName = constantName;
        Source = source;
        Clause = clause;
    }

    public LimitKind Kind { get; }

    /// <summary>The constant's value: a number for ranges, an int for lengths, a string for a pattern, the value for a const, the values of an enum.</summary>
    public object Value { get; }

    public string ConstantName { get; }

    /// <summary>The constant's C# type: the member's, or double when the limit does not fit it (2.5 on an int).</summary>
    public Microsoft.CodeAnalysis.SpecialType ConstantType { get; }

    public LimitSource Source { get; }

    public string Clause { get; }

    /// <summary>The JSON Schema keyword the limit stands for.</summary>
    public string Keyword => Kind switch
    {
        LimitKind.Minimum => "minimum",
        LimitKind.Maximum => "maximum",
        LimitKind.ExclusiveMinimum => "exclusiveMinimum",
        LimitKind.ExclusiveMaximum => "exclusiveMaximum",
        LimitKind.MinLength => "minLength",
        LimitKind.MaxLength => "maxLength",
        LimitKind.Const => "const",
        LimitKind.AllowedValues => "enum",
        _ => "pattern",
    };

    /// <summary>Where the limit comes from, as the message says it.</summary>
    public string Origin => Source switch
    {
        LimitSource.Keyword => "the schema's " + Keyword,
        LimitSource.Description => Clause.Length == 0 ? "the description" : "the description: " + Clause,
        _ => "the schema (its " + Keyword + " or its description)",
    };
}
