using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>
/// A success body that is a business envelope (<c>{code, msg, data}</c> and kin): the method returns its data member
/// (or the envelope, when it has none) and throws Contracts.BusinessException when the code is none of
/// <paramref name="SuccessLiterals"/>; <paramref name="RawMethodName"/> returns the whole envelope unchecked.
/// </summary>
/// <param name="SuccessLiterals">C# constants of the code's type, compared with a pattern (<c>is 0 or 200</c>).</param>
internal sealed record EnvelopePlan(
    TypeRef EnvelopeType,
    string RawMethodName,
    string CodeMember,
    TypeRef CodeType,
    EquatableArray<string> SuccessLiterals,
    string? MessageMember,
    string? DataJsonName,
    string? DataMember,
    TypeRef? DataType)
{
    /// <summary>What the unwrapping method returns.</summary>
    public TypeRef Result => DataType ?? EnvelopeType;
}
