using System.Collections.Generic;
using System.Diagnostics;

namespace Contracts;

/// <summary>
/// What the runtime's exchange knows about one generated operation: its id, method and route template, the security it
/// accepts, and the client's <see cref="System.Diagnostics.ActivitySource"/>. One static instance per operation.
/// </summary>
public sealed class ContractsOperation
{
    /// <summary>Describes an operation.</summary>
    /// <param name="id">The operationId, or the generated method's name when the source has none.</param>
    /// <param name="method">The HTTP method, upper case.</param>
    /// <param name="pathTemplate">The route template, such as <c>/pets/{petId}</c>.</param>
    /// <param name="activitySource">The client's source of spans; null records none.</param>
    public ContractsOperation(string id, string method, string pathTemplate, ActivitySource? activitySource = null)
    {
        Id = id;
        Method = method;
        PathTemplate = pathTemplate;
        ActivitySource = activitySource;
        DisplayName = method + " " + pathTemplate;
    }

    /// <summary>The operationId, or the generated method's name.</summary>
    public string Id { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The route template, such as <c>/pets/{petId}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary><c>METHOD /template</c>, as exception messages name the operation.</summary>
    public string DisplayName { get; }

    /// <summary>The client's source of spans; null records none.</summary>
    public ActivitySource? ActivitySource { get; }

    /// <summary>
    /// The alternatives the operation accepts, the first whose credentials are all at hand being applied; an empty
    /// requirement means the call may go without credentials. Null when the source declares no security: then
    /// <see cref="ContractsClientOptions.ApiKey"/> goes as an Authorization header, as before security was read.
    /// </summary>
    public IReadOnlyList<ContractsSecurityRequirement>? Security { get; init; }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
