using System;

namespace Contracts;

/// <summary>A token provider failed, or a credential cannot go on the wire; nothing was sent. Never carries the credential.</summary>
public sealed class ContractsCredentialException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ContractsCredentialException(string operation, string scheme, string reason, Exception? innerException = null)
        : base($"{operation}: no usable credential for security scheme '{scheme}': {reason}", innerException)
    {
        Operation = operation;
        Scheme = scheme;
    }

    /// <summary>The operation, as <c>METHOD /path</c>.</summary>
    public string Operation { get; }

    /// <summary>The security scheme's name.</summary>
    public string Scheme { get; }
}
