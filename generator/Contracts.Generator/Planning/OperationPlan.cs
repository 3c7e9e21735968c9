using Contracts.Generator.Helpers;

namespace Contracts.Generator.Planning;

/// <summary>
/// One client method: its name and HTTP shape. <paramref name="Parameters"/> come path parameters first (in path order),
/// then the rest in document order. <paramref name="RequestMediaType"/> is the Content-Type sent (application/json for a
/// JSON body declared as */* or without one); <paramref name="ReadsSuccessBody"/> is false when no success has a body.
/// </summary>
internal sealed record OperationPlan(
    string MethodName,
    string HttpMethod,
    string Path,
    string Summary,
    EquatableArray<ParameterPlan> Parameters,
    TypeRef? RequestBody,
    string? RequestMediaType,
    BodyEncoding RequestEncoding,
    bool RequestBodyRequired,
    EquatableArray<ResponsePlan> Responses,
    TypeRef? ResultType,
    bool ReadsSuccessBody)
{
    /// <summary>Parameter names of every generated method; the method bodies' own locals all start with "__".</summary>
    public static readonly string[] ReservedParameterNames = { "body", "requestOptions", "cancellationToken" };

    /// <summary>Apifox's development status, printed in the method's documentation.</summary>
    public string? Status { get; init; }

    /// <summary>The method is generated with [Obsolete].</summary>
    public bool Deprecated { get; init; }

    /// <summary>The operationId as written, or the method's name without "Async": the operation's id in spans and token requests.</summary>
    public string OperationId { get; init; } = "";

    /// <summary>The security alternatives the operation accepts; null when none is declared anywhere (the client's API key goes as before).</summary>
    public EquatableArray<SecurityRequirementPlan>? Security { get; init; }
}
