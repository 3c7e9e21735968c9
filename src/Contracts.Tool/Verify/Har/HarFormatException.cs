using System;

namespace Contracts.Tool.Verify.Har;

/// <summary>A recording that is no HAR 1.2 file (or is cut short); the command says where and exits 2.</summary>
internal sealed class HarFormatException : Exception
{
    public HarFormatException(string message)
        : base(message)
    {
    }
}
