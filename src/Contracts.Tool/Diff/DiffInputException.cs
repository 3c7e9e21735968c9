using System;

namespace Contracts.Tool.Diff;

/// <summary>An input or option the diff cannot use; the command prints the message and exits 2, never a stack trace.</summary>
internal sealed class DiffInputException : Exception
{
    public DiffInputException(string message)
        : base(message)
    {
    }
}
