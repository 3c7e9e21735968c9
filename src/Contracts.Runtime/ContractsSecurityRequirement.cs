using System.Collections.Generic;

namespace Contracts;

/// <summary>One alternative of an operation's security: every scheme listed is applied together (none: no credentials needed).</summary>
public sealed class ContractsSecurityRequirement
{
    /// <summary>A requirement of all of <paramref name="schemes"/>.</summary>
    public ContractsSecurityRequirement(params ContractsSecurityScheme[] schemes) => Schemes = schemes;

    /// <summary>The schemes applied together.</summary>
    public IReadOnlyList<ContractsSecurityScheme> Schemes { get; }
}
