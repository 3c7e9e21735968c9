using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>One client method: its name, HTTP shape, parameters, body and responses.</summary>
internal sealed record OperationPlan(
    string MethodName,
    string HttpMethod,
    string Path,
    string Summary,
    EquatableArray<ParameterPlan> Parameters,
    TypeRef? RequestBody,
    string? RequestMediaType,
    bool RequestBodyRequired,
    EquatableArray<ResponsePlan> Responses,
    TypeRef? ResultType)
{
    /// <summary>Parameter names of every generated method; the method bodies' own locals all start with "__".</summary>
    public static readonly string[] ReservedParameterNames = { "body", "cancellationToken" };

    /// <summary>Apifox's development status, printed in the method's documentation.</summary>
    public string? Status { get; init; }

    /// <summary>The method is generated with [Obsolete].</summary>
    public bool Deprecated { get; init; }
}
