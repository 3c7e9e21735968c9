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

    /// <summary>The success body is a business envelope the method unwraps; null when it is returned as it is.</summary>
    public EnvelopePlan? Envelope { get; init; }

    /// <summary>How a success is handed back; anything but Value leaves <see cref="ResultType"/> null.</summary>
    public SuccessShape Shape { get; init; }

    /// <summary>The item type of an event stream or JSON lines; null when items are kept as text.</summary>
    public TypeRef? StreamItem { get; init; }

    /// <summary>The twin method that also hands back status and headers ("…WithResponseAsync"); null for files and streams, which carry their own.</summary>
    public string? WithResponseMethodName { get; init; }

    /// <summary>The headers the successes declare, typed, handed back by the twin; null when none are declared.</summary>
    public ResponseHeadersPlan? ResponseHeaders { get; init; }

    /// <summary>The Accept header sent, from the declared response media types; null sends none.</summary>
    public string? Accept { get; init; }

    /// <summary>Declared error bodies in the order the reader checks them (exact statuses, ranges, default).</summary>
    public EquatableArray<ErrorPlan> Errors { get; init; } = EquatableArray<ErrorPlan>.Empty;

    /// <summary>The operationId as written, or the method's name without "Async": the operation's id in spans and token requests.</summary>
    public string OperationId { get; init; } = "";

    /// <summary>The security alternatives the operation accepts; null when none is declared anywhere (the client's API key goes as before).</summary>
    public EquatableArray<SecurityRequirementPlan>? Security { get; init; }
}
