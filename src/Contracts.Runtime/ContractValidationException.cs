using System;
using System.Collections.Generic;
using System.Text;

namespace Contracts;

/// <summary>Thrown before a request is sent when it breaks its schema; <see cref="Errors"/> lists every violation.</summary>
public sealed class ContractValidationException : Exception
{
    /// <summary>Creates the exception for the given violations.</summary>
    public ContractValidationException(string subject, IReadOnlyList<ValidationError> errors)
        : base(BuildMessage(subject, errors))
    {
        Subject = subject;
        Errors = errors;
    }

    /// <summary>What was validated, such as the request type's name.</summary>
    public string Subject { get; }

    /// <summary>Every violation found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string BuildMessage(string subject, IReadOnlyList<ValidationError> errors)
    {
        var text = new StringBuilder();
        text.Append(subject).Append(" is invalid (").Append(errors.Count).Append(errors.Count == 1 ? " violation)" : " violations)");
        foreach (var error in errors)
        {
            text.Append("\n  ").Append(error.ToString());
        }
        return text.ToString();
    }
}
